import ArgumentParser
import NewsGraphLink
import NewsGraphPipeline

/// `newsgraph extract`: dumps in, articles.jsonl, graph.dot and corpus.tei.xml out.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Recognise and link entities in newspaper dumps and write the three outputs.",
        discussion: """
            INPUT is any mix of files and folders (searched recursively): .txt/.md dumps and .jsonl \
            records. With no INPUT, seeds/ is read; with no --out, output/ is written.
            Exit status: 0 all inputs processed, 1 some inputs could not be read, 64 usage errors.
            """
    )

    @Argument(help: "Files and folders to read (default: seeds).")
    var inputs: [String] = []

    @Option(help: "Output folder (default: output).")
    var out: String = "output"

    @Flag(help: "Read JSON Lines records from standard input and write one article line per record to standard output.")
    var stdin = false

    @Option(help: "What graph edge weights count: sentence or article.")
    var window: String = "sentence"

    @Option(help: "Newspaper name recorded for text dumps.")
    var newspaper: String?

    @Flag(help: "Print nothing but problems.")
    var quiet = false

    @OptionGroup var shared: SharedOptions

    func validate() throws {
        guard PartialGraphBuilder.Window(rawValue: window) != nil else {
            throw ValidationError("--window must be sentence or article, not \(window)")
        }
        if stdin, !inputs.isEmpty {
            throw ValidationError("--stdin reads standard input only; do not name INPUT files with it")
        }
    }

    func run() throws {
        ProcessSignals.reportWriteFailuresInstead()
        let dictionaries = try shared.loadDictionaries()
        let log = StandardError.problemLog()
        if stdin {
            let errors = StreamRun(year: shared.year, log: log).run(dictionaries: dictionaries)
            if errors > 0 { throw ExitCode(1) }
            return
        }
        let configuration = ExtractConfiguration(
            inputs: inputs.isEmpty ? ["seeds"] : inputs, outputFolder: out, year: shared.year,
            jobs: shared.effectiveJobs, dictionaries: dictionaries.folder,
            window: PartialGraphBuilder.Window(rawValue: window) ?? .sentence, newspaper: newspaper
        )
        let summary: ExtractRun.Summary
        do {
            summary = try ExtractRun(configuration: configuration, log: log).run(dictionaries: dictionaries)
        } catch {
            StandardError.print("newsgraph: error: \(error.description); no output written, earlier outputs left as they were")
            throw ExitCode(1)
        }
        if !quiet {
            let megabytes = Double(summary.inputBytes) / 1_000_000
            let rate = summary.seconds > 0 ? megabytes / summary.seconds : 0
            StandardError.print(
                "newsgraph: \(summary.files) files, \(summary.articles) articles, \(summary.entities) entities, "
                    + "\(summary.mentions) mentions, \(summary.relations) relations in \(format(summary.seconds)) s "
                    + "(\(format(rate)) MB/s); wrote \(out)/articles.jsonl, graph.dot, corpus.tei.xml"
            )
        }
        if summary.errors > 0 { throw ExitCode(1) }
    }

    private func format(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return String(rounded)
    }
}
