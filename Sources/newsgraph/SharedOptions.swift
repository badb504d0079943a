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

    @Option(help: "The paper's own county (绛县): its towns and villages win ties (default: the one of Dictionaries/gazetteers.tsv).")
    var county: String?

    @Flag(name: .customLong("no-gazetteers"), help: "Load no national gazetteers, not even those of Dictionaries/gazetteers.tsv.")
    var noGazetteers = false

    func validate() throws {
        if let year, !(1000...2999).contains(year) {
            throw ValidationError("--year must be a four-digit year, not \(year)")
        }
        if let jobs, jobs < 1 {
            throw ValidationError("--jobs must be at least 1")
        }
        if noGazetteers, !gazetteer.isEmpty || county != nil {
            throw ValidationError("--no-gazetteers does not go with --gazetteer or --county")
        }
    }

    /// The worker count to use.
    var effectiveJobs: Int { jobs ?? ProcessInfo.processInfo.activeProcessorCount }

    /// Loads the dictionaries and the national gazetteers (those named by `--gazetteer`, else
    /// those of the dictionaries' `gazetteers.tsv` that exist), turning a malformed file into
    /// exit status 64.
    /// - Parameter announce: print what the gazetteers gave, and how long they took, on stderr.
    /// - Parameter quiet: do not say either that configured gazetteers were not found.
    func loadDictionaries(announce: Bool = false, quiet: Bool = false) throws -> DictionarySet {
        let folder = dictionaries ?? DictionarySet.defaultFolder(environment: ProcessInfo.processInfo.environment)
        do {
            var set = try DictionarySet.load(from: folder)
            guard !noGazetteers else { return set }
            let clock = ContinuousClock()
            let start = clock.now
            var loaded = DictionarySet.DefaultGazetteers(summary: nil, missing: [])
            if gazetteer.isEmpty {
                loaded = try set.loadDefaultGazetteers(county: county)
                if !quiet, !loaded.missing.isEmpty {
                    StandardError.print(Self.missingNote(loaded.missing, of: set.defaultGazetteers, loadedAny: loaded.summary != nil))
                }
            } else {
                loaded.summary = try set.loadGazetteers(gazetteer, county: county)
            }
            if announce, let summary = loaded.summary {
                let elapsed = clock.now - start
                let seconds = Double(elapsed.components.attoseconds) / 1e18 + Double(elapsed.components.seconds)
                StandardError.print(
                    "newsgraph: gazetteers: \(set.gazetteers.count) files, \(summary.townsAndVillages) town and village names, "
                        + "\(summary.higherDivisions) county, city and province names in \(String(format: "%.2f", seconds)) s"
                )
            }
            return set
        } catch {
            StandardError.print(error.description)
            throw ExitCode(64)
        }
    }

    /// The one line that says which configured gazetteers were passed over.
    static func missingNote(_ missing: [String], of config: GazetteerConfig, loadedAny: Bool) -> String {
        let count = missing.count == config.paths.count ? "its \(missing.count)" : "\(missing.count) of its \(config.paths.count)"
        return "\(config.source): note: \(count) national gazetteer\(config.paths.count == 1 ? "" : "s") \(missing.count == 1 ? "is" : "are") not there "
            + "(\(missing[0])\(missing.count > 1 ? ", …" : "")); \(loadedAny ? "loaded the others" : "running without them")"
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
