import NewsGraphCore

/// `CHAIRED`: the nearest person before `主持召开 <meeting>` in the same sentence chairs it.
enum ChairFinder {
    static func relations(_ context: LinkContext) -> [Relation] {
        var relations: [Relation] = []
        for (index, mention) in context.mentions.enumerated() where mention.label == .meeting {
            guard let verb = context.cues.word(.chair, endingAt: mention.range.start, in: context.scalars),
                  index == 0 || context.mentions[index - 1].range.end <= mention.range.start - verb,
                  let chair = VisitFinder.nearestPerson(before: index, in: context) else { continue }
            relations.append(context.relation(.chaired, chair, index, "rule:chaired"))
        }
        return relations
    }
}
