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
            committer = try CorpusCommitter(outputFolder: out, window: configuration.window.rawValue, log: log)
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
        // Batch n is processed in the same parallel pass that renders batch n - 1 (whose ids
        // were given in order in between), so no core waits for a stage of its own.
        var pending: [CommittedArticle] = []
        while true {
            let batch = batches.next()
            let work = pending.map(BatchWork.render) + (batch?.articles ?? []).map(BatchWork.process)
            let results = runner.map(work) { item -> BatchResult in
                switch item {
                case .render(let article): .rendered(CorpusCommitter.render(article))
                case .process(let raw): .processed(processor.process(raw))
                }
            }
            let renderings = results.compactMap(\.rendering)
            let outputs = results.compactMap(\.output)
            do {
                try committer.write(pending, renderings)
            } catch {
                committer.abandon()
                throw .output(error.description)
            }
            if !pending.isEmpty {
                progress.articles = committer.articleCount
                progress.elapsed = (clock.now - started).seconds
                onProgress?(progress)
            }
            guard let batch else { break }
            times.read += batch.readTime
            for output in outputs {
                times += output.times
                characters += output.characters
            }
            pending = committer.assignIDs(outputs)
            progress.filesDone = batch.filesDone
            progress.bytesDone = batch.bytesDone
        }
        if let partialGraphPath = configuration.partialGraphPath {
            do {
                try PartialGraphFile.write(committer.graph, window: configuration.window, to: partialGraphPath)
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

/// One item of a parallel pass: an article to process or a committed one to render.
private enum BatchWork: Sendable {
    case process(RawArticle)
    case render(CommittedArticle)
}

/// What a parallel pass made of a `BatchWork` item.
private enum BatchResult: Sendable {
    case processed(ArticleProcessor.Output)
    case rendered(CorpusCommitter.Rendering)

    var output: ArticleProcessor.Output? {
        if case .processed(let output) = self { output } else { nil }
    }

    var rendering: CorpusCommitter.Rendering? {
        if case .rendered(let rendering) = self { rendering } else { nil }
    }
}
