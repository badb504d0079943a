import NewsGraphCore

/// `副县长孙丽娟带领…开展督导检查。检查组一行先后来到凤城镇`: a visiting party named by a group
/// word (relations.tsv `party`: 检查组一行, 调研组, 一行) before a visit verb, with no name before
/// the verb in its sentence, is led by the person who leads it: the last one named in that or
/// the two sentences before with a lead word right after the name (relations.tsv `lead`: 带领,
/// 率领). That person visits.
enum VisitingParty {
    /// The sentences before the party's own in which its leader may be named.
    static let sentencesBack = 2

    /// The leader of the party before the visit verb starting at `verbStart` whose destination
    /// is the mention at `index`, or nil when no party word stands there or no leader is named.
    static func leader(verbStart: Int, destination index: Int, in context: LinkContext) -> Int? {
        let mentions = context.mentions
        let sentence = mentions[index].sentence
        // No name stands before the verb in the sentence (the caller checked): the party word
        // may open any clause of it before the verb (检查组一行来到凤城镇,深入东鑫煤业).
        let sentenceStart = context.article.sentences[sentence].start
        guard (sentenceStart..<verbStart).contains(where: { position in
            context.cues.word(.party, startingAt: position, in: context.scalars).map { position + $0 <= verbStart } ?? false
        }) else { return nil }
        for candidate in stride(from: index - 1, through: 0, by: -1) {
            let mention = mentions[candidate]
            if mention.sentence < sentence - sentencesBack { break }
            if mention.label == .person, context.cues.word(.lead, startingAt: mention.range.end, in: context.scalars) != nil {
                return candidate
            }
        }
        return nil
    }
}
