import NewsGraphCore

/// `CO_OCCURS`: every pair of distinct graph entities (persons, places, bodies, enterprises,
/// meetings) named in one sentence, head first by position; in a sentence naming more than
/// `PairLimit.sentence + 1` entities, each is paired with the next `PairLimit.sentence` only.
enum CoOccurrence {
    /// - Complexity: O(m · `PairLimit.sentence`) for m mentions.
    static func relations(_ context: LinkContext) -> [Relation] {
        var relations: [Relation] = []
        var sentenceMentions: [Int] = []
        var sentence = -1
        func flush() {
            PairLimit.forEachPair(count: sentenceMentions.count, limit: PairLimit.sentence) { a, b in
                relations.append(context.relation(.coOccurs, sentenceMentions[a], sentenceMentions[b], "rule:co-occurs.sentence"))
            }
            sentenceMentions.removeAll(keepingCapacity: true)
        }
        // Per entity: the last run of mentions of one sentence (counted from 1) that took it.
        var takenInRun = [Int](repeating: 0, count: context.entityCount)
        var run = 0
        for (index, mention) in context.mentions.enumerated() where mention.label.isGraphNode {
            if mention.sentence != sentence {
                flush()
                run += 1
                sentence = mention.sentence
            }
            let entity = Int(context.entities[index])
            if takenInRun[entity] != run {
                takenInRun[entity] = run
                sentenceMentions.append(index)
            }
        }
        flush()
        return relations
    }
}
