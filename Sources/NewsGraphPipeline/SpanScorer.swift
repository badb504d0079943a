import NewsGraphCore

/// Gold in the span format of `../shared/corpora/`: `{"id", "text", "entities": [{"start",
/// "end", "type", "text"}], "relations": [{"type": "holds_title", "person": i, "title": j}]}`.
enum SpanGold {
    struct Entity: Hashable {
        var start: Int
        var end: Int
        var type: String
    }

    struct Record {
        var id: String
        var text: String
        var entities: [Entity]
        /// Indices into `entities` of each (person, title) binding, when the gold has relations.
        var holdsTitle: [(person: Int, title: Int)]?
    }

    static func read(_ bytes: [UInt8], path: String) throws -> [Record] {
        var records: [Record] = []
        var lineNumber = 0
        for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            guard line.contains(where: { $0 != 0x20 && $0 != 0x0D }) else { continue }
            let value: JSONValue
            do {
                value = try JSONParser.parse(Array(line)).value
            } catch {
                throw EvaluationError("\(path):\(lineNumber): \(error)")
            }
            guard let text = value["text"]?.stringValue else {
                throw EvaluationError("\(path):\(lineNumber): gold record without \"text\"")
            }
            let entities = try (value["entities"]?.arrayValue ?? []).map { entity in
                guard let start = entity["start"]?.intValue, let end = entity["end"]?.intValue,
                      let type = entity["type"]?.stringValue else {
                    throw EvaluationError("\(path):\(lineNumber): entity without start, end or type")
                }
                return Entity(start: start, end: end, type: type)
            }
            let relations = value["relations"]?.arrayValue.map { list in
                list.compactMap { relation -> (Int, Int)? in
                    guard relation["type"]?.stringValue == "holds_title",
                          let person = relation["person"]?.intValue, let title = relation["title"]?.intValue,
                          entities.indices.contains(person), entities.indices.contains(title) else { return nil }
                    return (person, title)
                }
            }
            records.append(Record(
                id: value["id"]?.scalarText ?? "\(path):\(lineNumber)", text: text, entities: entities, holdsTitle: relations
            ))
        }
        return records
    }
}

/// Exact-span scores per type against span gold.
struct SpanScorer {
    let coarse: Bool

    /// The gold type a predicted label counts as, or nil when the label is not scored.
    func type(of label: Label) -> String? {
        switch label {
        case .enterprise: coarse ? "org" : "enterprise"
        case .meeting: "meeting"
        default: label.goldType
        }
    }

    private func goldType(_ type: String) -> String {
        coarse && type == "enterprise" ? "org" : type
    }

    func score(gold: [SpanGold.Record], predictions: [PredictedArticle]) -> EvaluationReport {
        let byID = Dictionary(predictions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let order = ["person", "title", "place", "org", "enterprise", "meeting", "date"]
        let goldTypes = Set(gold.flatMap { $0.entities.map { goldType($0.type) } })
        var scores: [String: Score] = [:]
        var holds = Score()
        var hasRelations = false
        var missing = 0
        for record in gold {
            let predicted = byID[record.id]
            if predicted == nil { missing += 1 }
            for type in goldTypes {
                let goldSet = Set(record.entities.filter { goldType($0.type) == type }.map { SpanGold.Entity(start: $0.start, end: $0.end, type: type) })
                let predictedSet = Set((predicted?.mentions ?? []).compactMap { span -> SpanGold.Entity? in
                    guard self.type(of: span.label) == type else { return nil }
                    return SpanGold.Entity(start: span.start, end: span.end, type: type)
                })
                scores[type, default: Score()] += Score(predicted: predictedSet, gold: goldSet)
            }
            if let pairs = record.holdsTitle {
                hasRelations = true
                let goldPairs = Set(pairs.map { Pair(record.entities[$0.person], record.entities[$0.title]) })
                let predictedPairs = Set((predicted?.holdsTitle ?? []).map { pair -> Pair in
                    let person = predicted!.mentions[pair.person]
                    let title = predicted!.mentions[pair.title]
                    return Pair(SpanGold.Entity(start: person.start, end: person.end, type: "person"),
                                SpanGold.Entity(start: title.start, end: title.end, type: "title"))
                })
                holds += Score(predicted: predictedPairs, gold: goldPairs)
            }
        }
        let types = order.filter { goldTypes.contains($0) }.map { ($0, scores[$0] ?? Score()) }
        var notes: [String] = []
        if missing > 0 { notes.append("\(missing) gold records had no prediction with the same id") }
        return EvaluationReport(
            goldFormat: "span JSON Lines", documents: gold.count, types: types,
            checks: hasRelations ? [("holds_title", holds)] : [], notes: notes
        )
    }

    private struct Pair: Hashable {
        var person: SpanGold.Entity
        var title: SpanGold.Entity
        init(_ person: SpanGold.Entity, _ title: SpanGold.Entity) {
            self.person = SpanGold.Entity(start: person.start, end: person.end, type: "person")
            self.title = SpanGold.Entity(start: title.start, end: title.end, type: "title")
        }
    }
}
