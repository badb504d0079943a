import ArgumentParser
import NewsGraphPipeline

/// The `newsgraph` command line.
@main
struct NewsGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsgraph",
        abstract: "People, titles, places, organisations, meetings and dates from Chinese county newspapers, linked into one graph.",
        version: Version.current,
        subcommands: [Extract.self, Merge.self, Evaluate.self],
        defaultSubcommand: Extract.self
    )
}
