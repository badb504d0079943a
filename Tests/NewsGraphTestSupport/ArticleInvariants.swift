import NewsGraphCore

/// The promises every line of `articles.jsonl` keeps, whatever the input: it parses as JSON;
/// every mention's `text` is the slice of `text` at its code point range; mentions are sorted
/// and do not overlap; sentences are in bounds, sorted and disjoint; every reference (`sent`,
/// `kb_id`, relation ends and evidence) points at something the line defines.
public enum ArticleInvariants {
    /// What is wrong with one output line (empty when nothing is).
    public static func violations(ofLine line: [UInt8]) -> [String] {
        var bytes = line[...]
        if bytes.last == UInt8(ascii: "\n") { bytes = bytes.dropLast() }
        guard !bytes.contains(UInt8(ascii: "\n")) else { return ["the line contains a raw line break"] }
        let json: JSONValue
        do {
            json = try JSONParser.parse(Array(bytes)).value
        } catch {
            return ["not JSON: \(error)"]
        }
        guard let text = json["text"]?.stringValue else { return ["no text"] }
        let scalars = Array(text.unicodeScalars)
        var problems: [String] = []
        var sentenceIDs: Set<String> = []
        var previousEnd = 0
        for sentence in json["sents"]?.arrayValue ?? [] {
            guard let id = sentence["id"]?.stringValue, let start = sentence["start"]?.intValue,
                  let end = sentence["end"]?.intValue else {
                problems.append("sentence without id, start or end")
                continue
            }
            sentenceIDs.insert(id)
            if start < previousEnd || end <= start || end > scalars.count {
                problems.append("sentence \(id) \(start)..<\(end) out of order or bounds (text has \(scalars.count))")
            }
            previousEnd = max(previousEnd, end)
        }
        let entityIDs = Set((json["entities"]?.arrayValue ?? []).compactMap { $0["id"]?.stringValue })
        var mentionIDs: Set<String> = []
        previousEnd = 0
        for mention in json["mentions"]?.arrayValue ?? [] {
            guard let id = mention["id"]?.stringValue, let start = mention["start"]?.intValue,
                  let end = mention["end"]?.intValue, let written = mention["text"]?.stringValue else {
                problems.append("mention without id, start, end or text")
                continue
            }
            mentionIDs.insert(id)
            guard start >= previousEnd, start < end, end <= scalars.count else {
                problems.append("mention \(id) \(start)..<\(end) overlaps, is empty or is out of bounds")
                continue
            }
            previousEnd = end
            let slice = scalars.string(ScalarRange(start, end))
            if slice != written { problems.append("mention \(id) text \(written.debugDescription) ≠ slice \(slice.debugDescription)") }
            if let sent = mention["sent"]?.stringValue, !sentenceIDs.contains(sent) {
                problems.append("mention \(id) names unknown sentence \(sent)")
            }
            if let kb = mention["kb_id"]?.stringValue, !entityIDs.contains(kb) {
                problems.append("mention \(id) names unknown entity \(kb)")
            }
        }
        for entity in json["entities"]?.arrayValue ?? [] {
            for reference in entity["mentions"]?.arrayValue ?? [] where !mentionIDs.contains(reference.stringValue ?? "") {
                problems.append("entity \(entity["id"]?.stringValue ?? "?") names unknown mention \(reference)")
            }
        }
        for relation in json["relations"]?.arrayValue ?? [] {
            let id = relation["id"]?.stringValue ?? "?"
            for end in ["head", "tail"] where !entityIDs.contains(relation[end]?.stringValue ?? "") {
                problems.append("relation \(id) \(end) is not an entity of the line")
            }
            for evidence in relation["evidence"]?.arrayValue ?? [] where !mentionIDs.contains(evidence.stringValue ?? "") {
                problems.append("relation \(id) names unknown mention \(evidence)")
            }
            if !sentenceIDs.contains(relation["sent"]?.stringValue ?? "") {
                problems.append("relation \(id) names an unknown sentence")
            }
        }
        return problems
    }
}
