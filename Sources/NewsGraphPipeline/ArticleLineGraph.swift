import NewsGraphCore
import NewsGraphLink

/// Reads what the graph needs from one line of an `articles.jsonl` (the output of `extract` or
/// of the `--stdin` map step), so `merge` gives the same graph as the run that wrote it.
///
/// Entities are keyed by label and name, so ids from different map tasks do not matter; an
/// article's position is its line in its file.
enum ArticleLineGraph {
    /// The facts of the article on line `line` (1-based).
    static func facts(of article: JSONValue, line: Int) throws -> PartialGraphBuilder.ArticleFacts {
        guard let mentions = article["mentions"]?.arrayValue else {
            throw MergeError("not a newsgraph article (no mentions)")
        }
        var keys: [EntityKey] = []
        var byID: [String: EntityKey] = [:]
        for (index, mention) in mentions.enumerated() {
            guard let labelText = mention["label"]?.stringValue, let label = Label(rawValue: labelText),
                  let text = mention["text"]?.stringValue else {
                throw MergeError("mention \(index + 1) without label or text")
            }
            let key = EntityKey(label: label, name: text)
            keys.append(key)
            if let id = mention["kb_id"]?.stringValue { byID[id] = key }
        }
        var relations: [(label: RelationLabel, head: EntityKey, tail: EntityKey, date: PartialDate?)] = []
        for relation in article["relations"]?.arrayValue ?? [] {
            guard let labelText = relation["label"]?.stringValue, let label = RelationLabel(rawValue: labelText),
                  let head = relation["head"]?.stringValue.flatMap({ byID[$0] }),
                  let tail = relation["tail"]?.stringValue.flatMap({ byID[$0] }) else {
                throw MergeError("a relation without a known label, head or tail")
            }
            relations.append((label, head, tail, relation["date"]?.stringValue.flatMap(PartialDate.init(iso:))))
        }
        return PartialGraphBuilder.ArticleFacts(
            mentions: keys, relations: relations, sequence: line - 1,
            dateline: article["date"]?.stringValue.flatMap(PartialDate.init(iso:))
        )
    }
}

/// A part that `merge` cannot read.
public struct MergeError: Error, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}
