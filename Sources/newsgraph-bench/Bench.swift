import ArgumentParser
import Foundation
import NewsGraphCore
import NewsGraphPipeline

/// `newsgraph-bench`: end-to-end throughput, per-stage times and peak memory of `extract`.
@main
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsgraph-bench",
        abstract: "Measure newsgraph extract on a generated corpus of a given size, or on a folder.",
        discussion: """
            Generates (once, deterministically) dumps named by date from ../shared/corpora and seeds/, \
            then runs the whole pipeline — read, decode, normalise, recognise, link, write all three \
            outputs — once per --jobs value, each in a fresh child process, and prints input MB, \
            articles, wall time, MB/s, characters/s, seconds per stage and peak RSS.
            """
    )

    @Option(help: "Size of the generated corpus in MB (10^6 bytes).")
    var size: Int = 100

    @Option(help: "Measure this folder instead of a generated corpus.")
    var corpus: String?

    @Option(help: "Comma-separated worker counts to run, one run each.")
    var jobs: String = "1,2"

    @Option(help: "Where generated corpora and outputs go.")
    var work: String = NSTemporaryDirectory() + "newsgraph-bench"

    @Option(help: "The shared folder with corpora/ (default ../shared or $NEWSGRAPH_SHARED).")
    var shared: String?

    @Option(help: "Dictionaries folder (default as for newsgraph).")
    var dictionaries: String?

    @Option(name: .customLong("run-one"), help: .hidden)
    var runOne: String?

    func run() throws {
        if let input = runOne {
            try RunOne(input: input, output: work, jobs: Int(jobs) ?? 1, dictionaries: dictionaryFolder()).run()
            return
        }
        let input = try corpusFolder()
        let bytes = FolderSize.bytes(in: input)
        print("newsgraph-bench: \(ProcessInfo.processInfo.activeProcessorCount) cores, input \(input): \(String(format: "%.1f", Double(bytes) / 1e6)) MB")
        var rates: [Int: Double] = [:]
        for jobCount in jobs.split(separator: ",").compactMap({ Int($0) }) {
            let out = work + "/out-jobs\(jobCount)"
            let result = try ChildRun.run(["--run-one", input, "--work", out, "--jobs", String(jobCount), "--dictionaries", dictionaryFolder()])
            guard result.status == 0, let report = RunReport(json: result.stdout) else {
                throw GeneratorError(description: "run with --jobs \(jobCount) failed (status \(result.status))")
            }
            rates[jobCount] = report.megabytes / result.wallSeconds
            print(report.describe(jobs: jobCount, wallSeconds: result.wallSeconds, peakRSSKilobytes: result.peakRSSKilobytes))
        }
        if let one = rates[1], let two = rates[2] {
            print("speed-up --jobs 2 over --jobs 1: \(String(format: "%.2f", two / one))x")
        }
    }

    private func dictionaryFolder() -> String {
        dictionaries ?? DictionarySet.defaultFolder(environment: ProcessInfo.processInfo.environment)
    }

    /// The folder to measure: `--corpus`, or a generated corpus of `--size` MB (made once).
    private func corpusFolder() throws -> String {
        if let corpus { return corpus }
        let folder = work + "/corpus-\(size)MB"
        if FileManager.default.fileExists(atPath: folder + "/.complete") { return folder }
        let sharedFolder = shared ?? ProcessInfo.processInfo.environment["NEWSGRAPH_SHARED"] ?? "../shared"
        let generator = try CorpusGenerator(corpora: sharedFolder + "/corpora", seeds: "seeds")
        print("newsgraph-bench: generating \(size) MB in \(folder) …")
        _ = try generator.write(megabytes: size, into: folder)
        _ = FileManager.default.createFile(atPath: folder + "/.complete", contents: Data())
        return folder
    }
}

/// The bytes of the files under a folder.
enum FolderSize {
    static func bytes(in folder: String) -> Int {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return 0 }
        var total = 0
        while let name = walker.nextObject() as? String {
            let attributes = try? FileManager.default.attributesOfItem(atPath: folder + "/" + name)
            if attributes?[.type] as? FileAttributeType == .typeRegular {
                total += (attributes?[.size] as? Int) ?? 0
            }
        }
        return total
    }
}
