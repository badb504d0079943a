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

    @Option(name: .customLong("emit-partial-graph"), help: "Also write the run's partial graph to FILE, for `newsgraph merge`.")
    var partialGraph: String?

    @Flag(help: "Print nothing but problems (no progress, no summary).")
    var quiet = false

    @Flag(help: "Add the time spent in each stage to the summary.")
    var timings = false

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
        let dictionaries = try shared.loadDictionaries(announce: !quiet && !stdin, quiet: quiet)
        let log = StandardError.problemLog()
        let windowChoice = PartialGraphBuilder.Window(rawValue: window) ?? .sentence
        if stdin {
            let run = StreamRun(year: shared.year, window: windowChoice, partialGraphPath: partialGraph, log: log)
            let errors = run.run(dictionaries: dictionaries)
            if errors > 0 { throw ExitCode(1) }
            return
        }
        let configuration = ExtractConfiguration(
            inputs: inputs.isEmpty ? ["seeds"] : inputs, outputFolder: out, year: shared.year,
            jobs: shared.effectiveJobs, dictionaries: dictionaries.folder, window: windowChoice,
            newspaper: newspaper, partialGraphPath: partialGraph
        )
        let progress = quiet ? nil : ProgressLine.standardErrorIfTerminal()
        let summary: ExtractRun.Summary
        do {
            summary = try ExtractRun(configuration: configuration, log: log, onProgress: progress?.update)
                .run(dictionaries: dictionaries)
        } catch {
            progress?.clear()
            StandardError.print("newsgraph: error: \(error.description); no output written, earlier outputs left as they were")
            throw ExitCode(1)
        }
        progress?.clear()
        if !quiet {
            StandardError.print(SummaryLine.text(summary, outputFolder: out))
            if timings { StandardError.print(SummaryLine.stages(summary)) }
        }
        if summary.errors > 0 { throw ExitCode(1) }
    }
}
