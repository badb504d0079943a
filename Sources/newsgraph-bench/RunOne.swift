import Foundation
import NewsGraphCore
import NewsGraphPipeline

/// One measured extract run, inside the child process; prints its summary as JSON.
struct RunOne {
    let input: String
    let output: String
    let jobs: Int
    let dictionaries: String

    func run() throws {
        let set = try DictionarySet.load(from: dictionaries)
        let configuration = ExtractConfiguration(
            inputs: [input], outputFolder: output, year: nil, jobs: jobs, dictionaries: dictionaries
        )
        let log = ProblemLog { _ in }
        let summary = try ExtractRun(configuration: configuration, log: log).run(dictionaries: set)
        var stages: [String: Double] = [:]
        for (name, duration) in summary.stageTimes.named { stages[name] = duration.seconds }
        let object: [String: Any] = [
            "bytes": summary.inputBytes, "articles": summary.articles, "characters": summary.characters,
            "files": summary.files, "entities": summary.entities, "seconds": summary.seconds, "stages": stages,
        ]
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        FileHandle.standardOutput.write(data)
    }
}

/// The child's summary, read back by the parent.
struct RunReport {
    var megabytes: Double
    var articles: Int
    var characters: Int
    var files: Int
    var stages: [(String, Double)]

    init?(json: String) {
        guard let data = json.data(using: .utf8),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let bytes = object["bytes"] as? Int, let articles = object["articles"] as? Int,
              let characters = object["characters"] as? Int, let files = object["files"] as? Int,
              let stages = object["stages"] as? [String: Double] else { return nil }
        megabytes = Double(bytes) / 1e6
        self.articles = articles
        self.characters = characters
        self.files = files
        let order = StageTimes().named.map(\.0)
        self.stages = order.compactMap { name in stages[name].map { (name, $0) } }
    }

    func describe(jobs: Int, wallSeconds: Double, peakRSSKilobytes: Int) -> String {
        let stageText = stages.map { "\($0.0) \(String(format: "%.2f", $0.1))" }.joined(separator: ", ")
        return """
            --jobs \(jobs): \(String(format: "%.1f", megabytes)) MB, \(files) files, \(articles) articles, \
            \(String(format: "%.2f", wallSeconds)) s wall, \(String(format: "%.2f", megabytes / wallSeconds)) MB/s, \
            \(String(format: "%.0f", Double(characters) / wallSeconds)) chars/s, peak RSS \(peakRSSKilobytes / 1024) MB
              stage seconds (summed over workers): \(stageText)
            """
    }
}
