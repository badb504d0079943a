import Foundation
import NewsGraphCore

/// Makes a benchmark corpus of a given size, deterministically: text dumps named by date
/// (`2020-01-01.txt`, …), about forty articles each, built from the sentences of the shared
/// corpora and the articles of the seed dumps.
struct CorpusGenerator {
    /// Sentences to build articles from.
    let sentences: [String]
    /// Whole articles (headline + body) to mix in.
    let seedArticles: [String]

    /// Loads sentences from the span JSON Lines files under `corpora` and articles from the
    /// dumps under `seeds`.
    init(corpora: String, seeds: String) throws {
        var sentences: [String] = []
        let manager = FileManager.default
        for name in try manager.contentsOfDirectory(atPath: corpora).sorted() where name.hasSuffix(".jsonl") {
            let text = try String(contentsOfFile: corpora + "/" + name, encoding: .utf8)
            for line in text.split(separator: "\n") {
                guard let data = line.data(using: .utf8),
                      let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                      let sentence = object["text"] as? String, sentence.count >= 8 else { continue }
                sentences.append(sentence)
            }
        }
        var articles: [String] = []
        for name in try manager.contentsOfDirectory(atPath: seeds).sorted() where name.hasSuffix(".txt") || name.hasSuffix(".md") {
            let text = try String(contentsOfFile: seeds + "/" + name, encoding: .utf8)
            for piece in text.components(separatedBy: "\n#") where piece.contains("本报讯") {
                articles.append("#" + piece.drop { $0 == "#" }.trimmingCharacters(in: .whitespacesAndNewlines))
            }
        }
        guard !sentences.isEmpty else { throw GeneratorError(description: "no sentences found under \(corpora)") }
        self.sentences = sentences
        self.seedArticles = articles
    }

    /// Writes dumps into `folder` until they hold at least `megabytes` MB; returns the bytes written.
    func write(megabytes: Int, into folder: String) throws -> Int {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let target = megabytes * 1_000_000
        var written = 0
        var random = SplitMix(seed: 20221201)
        var day = 0
        while written < target {
            var dump = ""
            for article in 0..<40 {
                if !seedArticles.isEmpty, article % 10 == 9 {
                    dump += "#" + seedArticles[Int(random.next() % UInt64(seedArticles.count))] + "\n\n"
                    continue
                }
                let headline = sentences[Int(random.next() % UInt64(sentences.count))].prefix(24)
                dump += "## \(headline)\n\n本报讯 "
                for _ in 0..<(3 + Int(random.next() % 4)) {
                    for _ in 0..<(2 + Int(random.next() % 4)) {
                        dump += sentences[Int(random.next() % UInt64(sentences.count))]
                    }
                    dump += "\n\n"
                }
            }
            let path = folder + "/" + Self.fileName(day: day)
            try dump.write(toFile: path, atomically: false, encoding: .utf8)
            written += dump.utf8.count
            day += 1
        }
        return written
    }

    /// `2020-01-01.txt` for day 0, one file a day.
    static func fileName(day: Int) -> String {
        var year = 2020
        var month = 1
        var dayOfMonth = 1 + day
        while dayOfMonth > PartialDate.daysIn(month: month, year: year) {
            dayOfMonth -= PartialDate.daysIn(month: month, year: year)
            month += 1
            if month > 12 {
                month = 1
                year += 1
            }
        }
        return PartialDate(year: year, month: month, day: dayOfMonth).iso + ".txt"
    }
}

struct GeneratorError: Error, CustomStringConvertible {
    var description: String
}

/// A small deterministic pseudo-random generator (SplitMix64).
struct SplitMix {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
