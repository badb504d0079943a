import NewsGraphCore

/// `HOLDS_TITLE`: a chain of titles joined by `、` binds to every name of the list that follows
/// it directly (`县委常委、副县长王述江、李彩霞、卫文静、周永平等` gives eight); a name written right
/// before a title holds it (`骆惠宁书记`). A bare credit word (`（记者 杨帆）`, relations.tsv
/// `credit`) names the article's reporter, not a title held in the news, and binds no one.
enum TitleBinding {
    /// Joiners inside a title chain and inside a name list.
    static let chainJoiners: Set<String> = ["、", "兼"]
    static let listJoiners: Set<String> = ["、", "和", "与", "及", "以及"]

    static func relations(_ context: LinkContext) -> [Relation] {
        let mentions = context.mentions
        var relations: [Relation] = []
        var index = 0
        while index < mentions.count {
            guard mentions[index].label == .title else {
                index += 1
                continue
            }
            var chain = [index]
            var next = index + 1
            while next < mentions.count, mentions[next].label == .title,
                  mentions[next].sentence == mentions[index].sentence,
                  context.shortGap(mentions[next - 1].range.end, mentions[next].range.start).map(chainJoiners.contains) ?? false {
                chain.append(next)
                next += 1
            }
            var names: [Int] = []
            if next < mentions.count, mentions[next].label == .person,
               context.shortGap(mentions[chain.last!].range.end, mentions[next].range.start)?.isEmpty ?? false {
                names.append(next)
                next += 1
                while next < mentions.count, mentions[next].label == .person,
                      context.shortGap(mentions[next - 1].range.end, mentions[next].range.start).map(listJoiners.contains) ?? false {
                    names.append(next)
                    next += 1
                }
            } else if index > 0, mentions[index - 1].label == .person,
                      mentions[index - 1].range.end == mentions[index].range.start {
                names.append(index - 1)
            }
            for name in names {
                for title in chain where !context.cues.isWord(.credit, mentions[title].range, in: context.scalars) {
                    relations.append(context.relation(.holdsTitle, name, title, "rule:holds-title.chain"))
                }
            }
            index = max(index + 1, next)
        }
        return relations
    }

}
