import ArgumentParser
import NewsGraphPipeline

/// `newsgraph eval`: precision, recall and F1 per label against gold annotations.
struct Evaluate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score recognition against gold spans (JSON Lines) or a seed gold file (.gold.json)."
    )

    @Option(help: "Gold file: span JSON Lines ({id, text, entities}) or a seed article gold (.gold.json).")
    var gold: String

    @Option(help: "Predictions: an articles.jsonl written by extract (default: run the pipeline on the gold texts).")
    var pred: String?

    @Flag(help: "Print the scores as JSON.")
    var json = false

    @Flag(help: "Score enterprises as organisations (for corpora that do not tell them apart).")
    var coarse = false

    @OptionGroup var shared: SharedOptions

    func run() throws {
        let dictionaries = try shared.loadDictionaries()
        let evaluation = Evaluation(dictionaries: dictionaries, jobs: shared.effectiveJobs, year: shared.year, coarse: coarse)
        let report: EvaluationReport
        do {
            report = try evaluation.evaluate(goldPath: gold, predictionsPath: pred)
        } catch {
            StandardError.print("newsgraph eval: error: \(error)")
            throw ExitCode(64)
        }
        print(json ? report.json() : report.table(), terminator: "")
    }
}
