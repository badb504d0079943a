import NewsGraphCore

/// `CHAIRED`: the nearest person before `主持召开 <meeting>` in the same sentence chairs it; a
/// person followed by a chair verb that ends the clause (`会议由县长李翔主持。`,
/// `…工作会议并讲话,县长李翔主持。`, `…郝丽君主持会议。`, `…主持会议并讲话`) chairs the
/// meeting named last before. A sitting of that meeting (relations.tsv `session`: 闭幕大会)
/// stands for it: `…代表大会胜利闭幕。…刘志强主持闭幕大会。` chairs the 代表大会.
enum ChairFinder {
    static func relations(_ context: LinkContext) -> [Relation] {
        var relations: [Relation] = []
        var lastMeeting: Int?
        for (index, mention) in context.mentions.enumerated() {
            switch mention.label {
            case .meeting:
                let session = context.cues.isWord(.session, mention.range, in: context.scalars)
                let chaired = session ? lastMeeting ?? index : index
                if !session { lastMeeting = index }
                guard let verb = context.cues.word(.chair, endingAt: mention.range.start, in: context.scalars),
                      index == 0 || context.mentions[index - 1].range.end <= mention.range.start - verb,
                      let chair = VisitFinder.nearestPerson(before: index, in: context) else { continue }
                relations.append(context.relation(.chaired, chair, chaired, "rule:chaired"))
            case .person:
                guard let meeting = lastMeeting, chairsAtClauseEnd(mention, in: context) else { continue }
                relations.append(context.relation(.chaired, index, meeting, "rule:chaired.clause-end"))
            default:
                continue
            }
        }
        return relations
    }

    /// Whether a chair verb follows `person` and ends its clause (`李翔主持。`), alone or with
    /// the bare word for the meeting (`李翔主持会议。`), or joins a second verb with 并
    /// (`李翔主持会议并讲话`).
    private static func chairsAtClauseEnd(_ person: Mention, in context: LinkContext) -> Bool {
        guard let verb = context.cues.word(.chair, startingAt: person.range.end, in: context.scalars) else { return false }
        var after = person.range.end + verb
        if context.scalars[after...].starts(with: meetingWord) { after += meetingWord.count }
        return after == context.scalars.count || !context.scalars[after].isHan || context.scalars[after] == "并"
    }

    /// The bare word for a meeting after a chair verb (`主持会议`).
    private static let meetingWord: [Unicode.Scalar] = ["会", "议"]
}
