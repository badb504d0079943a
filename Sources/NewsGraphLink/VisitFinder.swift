import NewsGraphCore

/// `VISITED`: a person goes to a place, body or enterprise.
///
/// Two patterns, inside one sentence: a visit verb right before the destination, with the
/// nearest person before the verb as the visitor (`解芳深入横水镇调研`, and the places of a list
/// after it: `深入横水镇、陈村镇`); and a place that opens the sentence after 在, followed by a
/// person and an on-site verb (`在新庄村,解芳实地查看`).
enum VisitFinder {
    static func relations(_ context: LinkContext) -> [Relation] {
        var relations: [Relation] = []
        var lastVisited: (destination: Int, visitor: Int)?
        for (index, mention) in context.mentions.enumerated() where isDestination(mention.label) {
            guard let (visitor, rule) = visitor(of: index, after: lastVisited, in: context) else {
                lastVisited = nil
                continue
            }
            relations.append(context.relation(.visited, visitor, index, rule))
            lastVisited = (index, visitor)
        }
        return relations
    }

    /// Who visits the destination at `index`, and by which rule.
    private static func visitor(
        of index: Int, after lastVisited: (destination: Int, visitor: Int)?, in context: LinkContext
    ) -> (Int, String)? {
        let mentions = context.mentions
        let mention = mentions[index]
        if let last = lastVisited, last.destination == index - 1, mentions[last.destination].sentence == mention.sentence,
           context.shortGap(mentions[last.destination].range.end, mention.range.start) == "、" {
            return (last.visitor, "rule:visited.list")
        }
        let gapStart = index > 0 ? mentions[index - 1].range.end : 0
        if let verbLength = context.cues.word(.visit, endingAt: mention.range.start, in: context.scalars),
           mention.range.start - verbLength >= gapStart,
           let visitor = nearestPerson(before: index, in: context) {
            return (visitor, "rule:visited.verb")
        }
        return onSiteVisitor(after: index, in: context).map { ($0, "rule:visited.on-site") }
    }

    private static func isDestination(_ label: Label) -> Bool {
        label == .place || label == .org || label == .enterprise
    }

    /// The nearest person mention before `index` in the same sentence.
    /// - Complexity: O(1) (precomputed: scanning back was quadratic in a long sentence).
    static func nearestPerson(before index: Int, in context: LinkContext) -> Int? {
        context.personBefore[index]
    }

    /// `在<place>,<person>[实地]查看`: the person, when the place at `index` opens its clause
    /// after 在 and the next mention is a person followed by an on-site verb.
    private static func onSiteVisitor(after index: Int, in context: LinkContext) -> Int? {
        let mentions = context.mentions
        let place = mentions[index]
        guard let atLength = context.cues.word(.at, endingAt: place.range.start, in: context.scalars) else { return nil }
        let clauseStart = place.range.start - atLength
        if clauseStart > 0 {
            let before = context.scalars[clauseStart - 1]
            let previousEnd = index > 0 ? mentions[index - 1].range.end : -1
            guard !before.isHan || previousEnd == clauseStart else { return nil }
        }
        guard index + 1 < mentions.count, mentions[index + 1].label == .person,
              mentions[index + 1].sentence == place.sentence,
              context.shortGap(place.range.end, mentions[index + 1].range.start).map(["", ",", "，"].contains) ?? false else { return nil }
        var position = mentions[index + 1].range.end
        while let adverb = context.cues.word(.adverb, startingAt: position, in: context.scalars) {
            position += adverb
        }
        return context.cues.word(.onSite, startingAt: position, in: context.scalars) != nil ? index + 1 : nil
    }
}
