import Foundation
import NewsGraphTestSupport
import Testing

/// Runs the built `newsgraph` binary.
enum NewsGraphBinary {
    static var path: String? { TestPaths.builtExecutable("newsgraph") }

    /// Runs `newsgraph` with `arguments` from the repository root. Unless `gazetteers` is set
    /// (or the arguments name gazetteers themselves), `extract` and `eval` run with
    /// `--no-gazetteers`: loading 320,000 national names costs about half a second per run (the
    /// recognition modules are optimised in debug builds too, see Package.swift) and matters only
    /// to the tests that check recognition as a user runs it.
    static func run(_ arguments: [String], input: String? = nil, gazetteers: Bool = false) throws -> CommandResult {
        guard let path else { throw BinaryMissing() }
        var arguments = arguments
        let namesGazetteers = arguments.contains { ["--gazetteer", "--county", "--no-gazetteers"].contains($0) }
        if !gazetteers, !namesGazetteers, let command = arguments.first, ["extract", "eval"].contains(command) {
            arguments.insert("--no-gazetteers", at: 1)
        }
        return try CommandRunner.run(path, arguments, in: TestPaths.repository, input: input)
    }

    struct BinaryMissing: Error, CustomStringConvertible {
        var description: String { "the newsgraph executable was not built next to the tests; run `swift build` first" }
    }

    /// Extracts the seeds as the README does, into a new folder; returns it.
    static func extractSeeds(jobs: Int = 2, extra: [String] = []) throws -> String {
        let out = TestPaths.temporaryFolder("newsgraph-e2e")
        let result = try run(["extract", "--year", "2022", "--jobs", String(jobs), "--out", out, "--quiet"] + extra, gazetteers: true)
        #expect(result.status == 0, "extract failed: \(result.stderr)")
        return out
    }
}

func readBytes(_ path: String) -> [UInt8] {
    (try? Data(contentsOf: URL(fileURLWithPath: path))).map { [UInt8]($0) } ?? []
}
