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

    @Option(help: ArgumentHelp(
        "A national gazetteer CSV (NBS divisions, a county list) or a folder of them; repeatable.",
        valueName: "path"
    ))
    var gazetteer: [String] = []

    @Option(help: "The paper's own county (绛县): its towns and villages win ties. Needs --gazetteer.")
    var county: String?

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

    /// Loads the dictionaries and the gazetteers, turning a malformed file into exit status 64.
    /// - Parameter announce: print what the gazetteers gave, and how long they took, on stderr.
    func loadDictionaries(announce: Bool = false) throws -> DictionarySet {
        let folder = dictionaries ?? DictionarySet.defaultFolder(environment: ProcessInfo.processInfo.environment)
        do {
            var set = try DictionarySet.load(from: folder)
            if !gazetteer.isEmpty || county != nil {
                let clock = ContinuousClock()
                let start = clock.now
                let summary = try set.loadGazetteers(gazetteer, county: county)
                if announce {
                    let seconds = Double((clock.now - start).components.attoseconds) / 1e18 + Double((clock.now - start).components.seconds)
                    StandardError.print(
                        "newsgraph: gazetteers: \(set.gazetteers.count) files, \(summary.townsAndVillages) town and village names, "
                            + "\(summary.higherDivisions) county, city and province names in \(String(format: "%.2f", seconds)) s"
                    )
                }
            }
            return set
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
