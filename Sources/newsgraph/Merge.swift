import ArgumentParser
import NewsGraphLink
import NewsGraphPipeline

/// `newsgraph merge`: the reduce step after a distributed map.
struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Fold partial graphs and article files into one corpus graph (graph.dot, graph.partial.jsonl).",
        discussion: """
            PARTS are files written by `extract --emit-partial-graph`, earlier merges' graph.partial.jsonl, \
            or articles.jsonl files (including the output of `extract --stdin`). Any order or grouping \
            of the same parts gives the same bytes.
            """
    )

    @Argument(help: "Partial graph or articles.jsonl files.")
    var parts: [String]

    @Option(help: "Output folder.")
    var out: String

    @Option(help: "What edge weights count: sentence or article (must match the partial graphs).")
    var window: String = "sentence"

    @Flag(help: "Print nothing but problems.")
    var quiet = false

    func validate() throws {
        guard PartialGraphBuilder.Window(rawValue: window) != nil else {
            throw ValidationError("--window must be sentence or article, not \(window)")
        }
        guard !parts.isEmpty else { throw ValidationError("name at least one part to merge") }
    }

    func run() throws {
        let run = MergeRun(parts: parts, outputFolder: out, window: PartialGraphBuilder.Window(rawValue: window) ?? .sentence)
        do {
            let summary = try run.run()
            if !quiet {
                StandardError.print("newsgraph merge: \(summary.parts) parts, \(summary.articles) articles, \(summary.nodes) entities, \(summary.edges) edges; wrote \(out)/graph.dot, graph.partial.jsonl")
            }
        } catch {
            StandardError.print("newsgraph merge: error: \(error); nothing written")
            throw ExitCode(1)
        }
    }
}
