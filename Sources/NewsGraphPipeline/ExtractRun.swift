import NewsGraphCore
import NewsGraphIngest

/// An `extract` run over files and folders: discover, read, process in parallel batches,
/// commit in input order, write the three outputs atomically.
public struct ExtractRun {
    /// What the run did, for the summary line and the exit status.
    public struct Summary: Sendable {
        public var files: Int
        public var articles: Int
        public var entities: Int
        public var mentions: Int
        public var relations: Int
        public var inputBytes: Int
        public var errors: Int
        public var seconds: Double
    }

    /// Why the run could not produce its outputs.
    public enum Failure: Error, CustomStringConvertible {
        case dictionaries(DictionaryError)
        case output(String)

        public var description: String {
            switch self {
            case .dictionaries(let error): error.description
            case .output(let message): message
            }
        }
    }

    public let configuration: ExtractConfiguration
    public let log: ProblemLog

    public init(configuration: ExtractConfiguration, log: ProblemLog) {
        self.configuration = configuration
        self.log = log
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
        let reader = ArticleReader(fallbackYear: configuration.year, newspaper: configuration.newspaper)
        let files = InputDiscovery.files(in: configuration.inputs, log: log)
        var batch: [RawArticle] = []
        var batchBytes = 0
        var sequence = 0
        var inputBytes = 0
        func flush() throws(Failure) {
            guard !batch.isEmpty else { return }
            let outputs = runner.map(batch) { processor.process($0) }
            batch.removeAll(keepingCapacity: true)
            batchBytes = 0
            do {
                for output in outputs { try committer.commit(output) }
            } catch {
                committer.abandon()
                throw .output(error.description)
            }
        }
        for file in files {
            guard let (articles, size) = reader.read(file, firstSequence: sequence, log: log) else { continue }
            inputBytes += size
            sequence += articles.count
            for article in articles {
                batch.append(article)
                batchBytes += article.textBytes
                if batch.count >= configuration.batchSize || batchBytes >= configuration.batchBytes { try flush() }
            }
        }
        try flush()
        do {
            try committer.finish()
        } catch {
            committer.abandon()
            throw .output(error.description)
        }
        let elapsed = clock.now - started
        return Summary(
            files: files.count, articles: committer.articleCount, entities: committer.entityCount,
            mentions: committer.mentionCount, relations: committer.relationCount, inputBytes: inputBytes,
            errors: log.errorCount,
            seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        )
    }
}
