import ArgumentParser
import Foundation
import NewsGraphCore
import NewsGraphPipeline

/// Options every subcommand that runs the pipeline shares.
struct SharedOptions: ParsableArguments {
    @Option(help: "Year for dates written without one (12月1日) when neither the record nor the file name gives a date.")
    var year: Int?

    @Option(help: "Folder of dictionaries and rule files (default: ./Dictionaries, or the one of this checkout).")
    var dictionaries: String?

    @Option(help: "Worker threads (default: all cores).")
    var jobs: Int?

    func validate() throws {
        if let year, !(1000...2999).contains(year) {
            throw ValidationError("--year must be a four-digit year, not \(year)")
        }
        if let jobs, jobs < 1 {
            throw ValidationError("--jobs must be at least 1")
        }
    }

    /// The worker count to use.
    var effectiveJobs: Int { jobs ?? ProcessInfo.processInfo.activeProcessorCount }

    /// Loads the dictionaries, turning a malformed file into exit status 64.
    func loadDictionaries() throws -> DictionarySet {
        let folder = dictionaries ?? DictionarySet.defaultFolder(environment: ProcessInfo.processInfo.environment)
        do {
            return try DictionarySet.load(from: folder)
        } catch {
            StandardError.print(error.description)
            throw ExitCode(64)
        }
    }
}

/// Writes lines to standard error.
enum StandardError {
    static func print(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// A problem log that prints each problem as one line.
    static func problemLog() -> ProblemLog {
        ProblemLog { problem in StandardError.print(problem.description) }
    }
}
