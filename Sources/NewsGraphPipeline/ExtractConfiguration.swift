import NewsGraphLink

/// Everything an `extract` run needs to know, built by the command line.
public struct ExtractConfiguration: Sendable {
    /// Files and folders to read.
    public var inputs: [String]
    /// Output folder.
    public var outputFolder: String
    /// Year for dates written without one, when no date is known otherwise.
    public var year: Int?
    /// Worker threads.
    public var jobs: Int
    /// Dictionaries folder.
    public var dictionaries: String
    /// What graph edge weights count.
    public var window: PartialGraphBuilder.Window
    /// Articles processed together between commits.
    public var batchSize: Int
    /// Text bytes after which a batch is processed even when it has fewer articles, so a few
    /// huge articles do not all sit in memory at once.
    public var batchBytes = 8 << 20
    /// Newspaper name for text dumps.
    public var newspaper: String?
    /// Where to write the run's partial graph for `newsgraph merge`, if anywhere.
    public var partialGraphPath: String?

    public init(
        inputs: [String], outputFolder: String, year: Int?, jobs: Int, dictionaries: String,
        window: PartialGraphBuilder.Window = .sentence, batchSize: Int = 256, newspaper: String? = nil,
        partialGraphPath: String? = nil
    ) {
        self.inputs = inputs
        self.outputFolder = outputFolder
        self.year = year
        self.jobs = jobs
        self.dictionaries = dictionaries
        self.window = window
        self.batchSize = batchSize
        self.newspaper = newspaper
        self.partialGraphPath = partialGraphPath
    }
}
