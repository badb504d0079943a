import Dispatch
import Foundation
import NewsGraphCore
import NewsGraphExport
import NewsGraphIngest

/// An `extract` run over files and folders: discover, read (on its own thread), process in
/// parallel batches, commit in input order, write the three outputs atomically.
public struct ExtractRun {
    /// What the run did, for the summary line and the exit status.
    public struct Summary: Sendable {
        public var files: Int
        public var articles: Int
        public var entities: Int
        public var mentions: Int
        public var relations: Int
        public var inputBytes: Int
        public var characters: Int
        public var errors: Int
        public var seconds: Double
        /// Time per stage, summed over workers.
        public var stageTimes: StageTimes
    }

    /// Why the run could not produce its outputs.
    public enum Failure: Error, CustomStringConvertible {
        case output(String)

        public var description: String {
            switch self {
            case .output(let message): message
            }
        }
    }

    public let configuration: ExtractConfiguration
    public let log: ProblemLog
    /// Called after each committed batch, from the run's thread.
    public var onProgress: ((ExtractProgress) -> Void)?

    public init(configuration: ExtractConfiguration, log: ProblemLog, onProgress: ((ExtractProgress) -> Void)? = nil) {
        self.configuration = configuration
        self.log = log
        self.onProgress = onProgress
    }

    /// Runs the extraction.
    public func run(dictionaries: DictionarySet) throws(Failure) -> Summary {
        let clock = ContinuousClock()
        let started = clock.now
        let out = configuration.outputFolder
        if let problem = FileSystem.createDirectory(out) {
            throw .output("\(out): cannot create the output folder: \(problem)")
        }
        guard FileSystem.isWritableDirectory(out) else {
            throw .output("\(out): output folder is not writable")
        }
        let committer: CorpusCommitter
        do {
            committer = try CorpusCommitter(
                outputFolder: out, window: configuration.window.rawValue, keepsWholeGraph: configuration.partialGraphPath != nil, log: log
            )
        } catch {
            throw .output(error.description)
        }
        let processor = ArticleProcessor(dictionaries: dictionaries, window: configuration.window)
        let runner = OrderedBatchRunner(jobs: configuration.jobs)
        let files = InputDiscovery.files(in: configuration.inputs, log: log)
        let totalBytes = files.reduce(0) { $0 + FileSystem.size(of: $1.path) }
        let reader = ArticleReader(fallbackYear: configuration.year, newspaper: configuration.newspaper)
        let batches = ArticleBatches(
            files: files, reader: reader, batchSize: configuration.batchSize, batchBytes: configuration.batchBytes, log: log
        )
        var times = StageTimes()
        var progress = ExtractProgress(filesDone: 0, filesTotal: files.count, bytesDone: 0, bytesTotal: totalBytes, articles: 0, elapsed: 0)
        var characters = 0
        // Each parallel pass processes batch n and helps render batch n - 2. While it runs, this
        // thread writes what was rendered before, gives batch n - 1 its ids (in order) and then,
        // when the workers leave a core free, renders what they have not taken, so the serial
        // steps overlap the parallel ones instead of idling the workers or a core.
        let rendersHere = configuration.jobs < ProcessInfo.processInfo.activeProcessorCount
        var toRender: [CommittedArticle] = []
        var toNumber: [ArticleProcessor.Output] = []
        var toWrite: (articles: [CommittedArticle], renderings: [CorpusCommitter.Rendering]) = ([], [])
        var inputEnded = false
        while true {
            let batch = inputEnded ? nil : batches.next()
            inputEnded = batch == nil
            if inputEnded, toRender.isEmpty, toNumber.isEmpty, toWrite.articles.isEmpty { break }
            // The workers process first; one render item each lets them render what is left.
            let renders = SharedRenders(toRender)
            let work = (batch?.articles ?? []).map(BatchWork.process) + toRender.map { _ in BatchWork.render }
            let pass = ParallelPass(work, runner: runner, processor: processor, renders: renders)
            var failure: OutputFile.Failure?
            do {
                try committer.write(toWrite.articles, toWrite.renderings)
            } catch {
                failure = error
            }
            let numbered = committer.assignIDs(toNumber)
            if rendersHere { renders.renderRemaining() }
            let results = pass.wait()
            if let failure {
                committer.abandon()
                throw .output(failure.description)
            }
            if !toWrite.articles.isEmpty {
                progress.articles = committer.articleCount
                progress.elapsed = (clock.now - started).seconds
                onProgress?(progress)
            }
            toWrite = (toRender, renders.renderings())
            toRender = numbered
            toNumber = results.compactMap(\.output)
            for output in toNumber {
                times += output.times
                characters += output.characters
            }
            if let batch {
                times.read += batch.readTime
                progress.filesDone = batch.filesDone
                progress.bytesDone = batch.bytesDone
            }
        }
        if let partialGraphPath = configuration.partialGraphPath {
            do {
                try PartialGraphFile.write(committer.wholeGraph, window: configuration.window, to: partialGraphPath)
            } catch {
                committer.abandon()
                throw .output(error.description)
            }
        }
        do {
            try committer.finish()
        } catch {
            committer.abandon()
            throw .output(error.description)
        }
        times += committer.times
        return Summary(
            files: files.count, articles: committer.articleCount, entities: committer.entityCount,
            mentions: committer.mentionCount, relations: committer.relationCount, inputBytes: progress.bytesDone,
            characters: characters, errors: log.errorCount, seconds: (clock.now - started).seconds, stageTimes: times
        )
    }
}

/// A parallel pass over `BatchWork` items, run from a global queue so that the thread that
/// started it can do the serial steps meanwhile.
private final class ParallelPass: @unchecked Sendable {
    private let group = DispatchGroup()
    /// Written once by the pass, read after `wait`.
    private var results: [BatchResult] = []

    init(_ work: [BatchWork], runner: OrderedBatchRunner, processor: ArticleProcessor, renders: SharedRenders) {
        DispatchQueue.global().async(group: group) { [self] in
            results = runner.map(work) { item in
                switch item {
                case .render:
                    renders.renderNext()
                    return .rendered
                case .process(let raw):
                    return .processed(processor.process(raw))
                }
            }
        }
    }

    /// The results, in the order of the work items, once the pass is done.
    func wait() -> [BatchResult] {
        group.wait()
        return results
    }
}

/// One item of a parallel pass: an article to process, or the rendering of the next committed
/// article of its `SharedRenders` that no thread has taken (none, once all are taken).
private enum BatchWork: Sendable {
    case process(RawArticle)
    case render
}

/// What a parallel pass made of a `BatchWork` item (a rendering goes to its `SharedRenders`).
private enum BatchResult: Sendable {
    case processed(ArticleProcessor.Output)
    case rendered

    var output: ArticleProcessor.Output? {
        if case .processed(let output) = self { output } else { nil }
    }
}
