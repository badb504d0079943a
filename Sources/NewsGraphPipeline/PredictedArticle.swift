import NewsGraphCore
import NewsGraphIngest

/// What the scorers compare with gold: one article's mentions, title bindings and reporters,
/// from an in-memory run or read back from an `articles.jsonl`.
struct PredictedArticle {
    struct Span: Hashable {
        var start: Int
        var end: Int
        var label: Label
        var text: String
        var resolved: String?
    }

    var id: String
    var title: String
    var mentions: [Span]
    /// (person mention index, title mention index) of each `HOLDS_TITLE`.
    var holdsTitle: [(person: Int, title: Int)]
    var reporters: [String]

    init(_ linked: LinkedArticle) {
        let recognized = linked.recognized
        id = recognized.header.id
        title = recognized.header.title ?? ""
        mentions = recognized.mentions.map {
            Span(start: $0.range.start, end: $0.range.end, label: $0.label, text: $0.text, resolved: $0.date?.resolved?.iso)
        }
        holdsTitle = linked.relations.filter { $0.label == .holdsTitle }.map { ($0.head, $0.tail) }
        reporters = recognized.reporters
    }

    /// Reads the articles of an `articles.jsonl`.
    static func read(jsonLines path: String) throws -> [PredictedArticle] {
        let bytes = try FileReader.read(path)
        var articles: [PredictedArticle] = []
        var lineNumber = 0
        for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            guard !line.isEmpty else { continue }
            do {
                articles.append(try PredictedArticle(json: try JSONParser.parse(Array(line)).value))
            } catch {
                throw EvaluationError("\(path):\(lineNumber): \(error)")
            }
        }
        return articles
    }

    private init(json: JSONValue) throws {
        guard let id = json["id"]?.scalarText else { throw EvaluationError("article without id") }
        self.id = id
        title = json["title"]?.stringValue ?? ""
        mentions = try (json["mentions"]?.arrayValue ?? []).map { mention in
            guard let start = mention["start"]?.intValue, let end = mention["end"]?.intValue,
                  let labelText = mention["label"]?.stringValue, let label = Label(rawValue: labelText) else {
                throw EvaluationError("mention without start, end or a known label")
            }
            return Span(start: start, end: end, label: label, text: mention["text"]?.stringValue ?? "", resolved: mention["resolved"]?.stringValue)
        }
        holdsTitle = (json["relations"]?.arrayValue ?? []).compactMap { relation in
            guard relation["label"]?.stringValue == "HOLDS_TITLE",
                  let evidence = relation["evidence"]?.arrayValue?.compactMap(\.stringValue), evidence.count == 2,
                  let person = Int(evidence[0].dropFirst()), let title = Int(evidence[1].dropFirst()) else { return nil }
            return (person - 1, title - 1)
        }
        reporters = (json["reporters"]?.arrayValue ?? []).compactMap(\.stringValue)
    }
}

/// A gold or prediction file that cannot be used.
struct EvaluationError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
