import Foundation
import NewsGraphTestSupport
import Testing

/// Runs the built `newsgraph` binary.
enum NewsGraphBinary {
    static var path: String? { TestPaths.builtExecutable("newsgraph") }

    /// Runs `newsgraph` with `arguments` from the repository root.
    static func run(_ arguments: [String], input: String? = nil) throws -> CommandResult {
        guard let path else { throw BinaryMissing() }
        return try CommandRunner.run(path, arguments, in: TestPaths.repository, input: input)
    }

    struct BinaryMissing: Error, CustomStringConvertible {
        var description: String { "the newsgraph executable was not built next to the tests; run `swift build` first" }
    }

    /// Extracts the seeds as the README does, into a new folder; returns it.
    static func extractSeeds(jobs: Int = 2, extra: [String] = []) throws -> String {
        let out = TestPaths.temporaryFolder("newsgraph-e2e")
        let result = try run(["extract", "--year", "2022", "--jobs", String(jobs), "--out", out, "--quiet"] + extra)
        #expect(result.status == 0, "extract failed: \(result.stderr)")
        return out
    }
}

func readBytes(_ path: String) -> [UInt8] {
    (try? Data(contentsOf: URL(fileURLWithPath: path))).map { [UInt8]($0) } ?? []
}
