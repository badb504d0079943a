import NewsGraphCore

/// `HOLDS_TITLE`: a chain of titles joined by `、` binds to every name of the list that follows
/// it directly (`县委常委、副县长王述江、李彩霞、卫文静、周永平等` gives eight), also across the body
/// or place that scopes a title of the chain (`县政协委员、贵州兰馨茶业有限公司董事长刘云`); a name written right
/// before a title holds it (`骆惠宁书记`), and so does a name that an appointment word joins to
/// a chain (`李国庆当选为村党支部书记、村委会主任`, relations.tsv `appoint`), with the names listed
/// before it (`田志勇、孙丽娟当选为副县长`) or heading a group (`薛丽娜等9名同志当选为县委常委`). A former title
/// (`原县委书记张三`, `前任县长李四`, relations.tsv `former`) binds too, as readers and annotators
/// pair a former holder with the title, under its own rule (`rule:holds-title.former`) so that
/// users can tell it from a title held at the relation's date (`时任县长` is held then).
/// A name joined by 的 to a chain followed by 职务 holds it too (`王刚的县长职务`, relations.tsv
/// `post`), as a former title when a removal word comes first (`免去王刚的县长职务`,
/// `removal`) or joins them (`李卫东辞去副县长职务`): annotators pair a removed holder with the post.
/// A title ending with a credit word binds no one in a byline (`县融媒体中心记者 温馨`).
/// A bare credit word (`（记者 杨帆）`, relations.tsv `credit`) names the article's reporter,
/// not a title held in the news, and binds no one.
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
            while let link = chainLink(after: chain.last!, at: next, in: context) {
                chain.append(link)
                next = link + 1
            }
            var names: [Int] = []
            var rule = "rule:holds-title.chain"
            if next < mentions.count, mentions[next].label == .person, mentions[next].sentence == mentions[chain.last!].sentence,
               context.shortGap(mentions[chain.last!].range.end, mentions[next].range.start)?.isEmpty ?? false {
                names.append(next)
                next += 1
                while next < mentions.count, mentions[next].label == .person,
                      context.shortGap(mentions[next - 1].range.end, mentions[next].range.start).map(listJoiners.contains) ?? false {
                    names.append(next)
                    next += 1
                }
            } else if let holder = holderBefore(title: index, in: context) {
                names.append(holder)
                if mentions[holder].range.end < mentions[index].range.start {
                    // Every name of the list before an appointment word takes the titles
                    // (`田志勇、孙丽娟当选为县人民政府副县长`).
                    rule = "rule:holds-title.appointed"
                    var first = holder
                    while first > 0, mentions[first - 1].label == .person,
                          context.shortGap(mentions[first - 1].range.end, mentions[first].range.start).map(listJoiners.contains) ?? false {
                        first -= 1
                        names.insert(first, at: 0)
                    }
                }
            }
            if names.isEmpty, let holder = profileHolder(title: index, in: context) {
                names.append(holder)
                rule = "rule:holds-title.profile"
            }
            // A name whose post the chain names (`免去王刚的林州市教育局局长职务`) holds it.
            if names.isEmpty, index > 0, mentions[index - 1].label == .person,
               let removal = postHolder(mentions[index - 1].range, chain: mentions[index].range.start..<mentions[chain.last!].range.end, in: context) {
                names.append(index - 1)
                rule = removal ? "rule:holds-title.former" : "rule:holds-title.post"
            }
            let formerChain = isFormer(chain[0], in: context)
            for name in names where !isByline(chain.last!, name: name, in: context) {
                for title in chain where !context.cues.isWord(.credit, mentions[title].range, in: context.scalars) {
                    let former = formerChain || isFormer(title, in: context)
                    relations.append(context.relation(.holdsTitle, name, title, former ? "rule:holds-title.former" : rule))
                }
            }
            index = max(index + 1, next)
        }
        return relations
    }

    /// The title that continues the chain ending at the title mention `last` when it starts at
    /// mention `next` after a chain joiner, in the same sentence: `next` itself, or the title right
    /// after a body or a place at `next`, the title's scope (`县政协委员、贵州兰馨茶业有限公司董事长刘云`).
    private static func chainLink(after last: Int, at next: Int, in context: LinkContext) -> Int? {
        let mentions = context.mentions
        guard next < mentions.count, mentions[next].sentence == mentions[last].sentence,
              context.shortGap(mentions[last].range.end, mentions[next].range.start).map(chainJoiners.contains) ?? false else { return nil }
        if mentions[next].label == .title { return next }
        guard isScope(mentions[next].label), next + 1 < mentions.count,
              mentions[next + 1].label == .title, mentions[next + 1].range.start == mentions[next].range.end else { return nil }
        return next + 1
    }

    /// The person mention that holds the title mention `title` by standing before it: right
    /// against it or with an appointment word between (`isHolderBefore`), also when the body or
    /// place the title belongs to follows that word (`谭建设是四川巴山牧业有限公司董事长`) or
    /// stands in a column of the row between them (`汤建国  湖南沩江新材料科技有限公司  车间主任`).
    private static func holderBefore(title: Int, in context: LinkContext) -> Int? {
        let mentions = context.mentions
        guard title > 0 else { return nil }
        var holder = title - 1
        var titleStart = mentions[title].range.start
        if isScope(mentions[holder].label), holder > 0,
           context.scalars[mentions[holder].range.end..<titleStart].allSatisfy(isRowSpace) {
            titleStart = mentions[holder].range.start
            holder -= 1
            guard mentions[holder].range.end < titleStart else { return nil }
        }
        guard mentions[holder].label == .person, isHolderBefore(mentions[holder].range.end, title: titleStart, in: context) else { return nil }
        return holder
    }

    /// The person a cadre's profile is about, for a chain after an appointment word further along
    /// the profile (`张卫东,男,1979年10月出生,…,现任古绛镇党委副书记、镇长,拟任古绛镇党委书记;`):
    /// the last name before it in the sentence or on the row's line (`…,中共党员。现任…`), with no
    /// other name between, when that name is followed by its sex between commas, as notices of
    /// appointment write their rows.
    private static func profileHolder(title: Int, in context: LinkContext) -> Int? {
        let mentions = context.mentions, scalars = context.scalars
        let titleStart = mentions[title].range.start
        guard context.cues.word(.appoint, endingAt: titleStart, in: scalars) != nil,
              let holder = mentions[..<title].lastIndex(where: { $0.label == .person }) else { return nil }
        let fieldStart = mentions[holder].range.end
        guard mentions[holder].sentence == mentions[title].sentence
            || (fieldStart < titleStart && !scalars[fieldStart..<titleStart].contains("\n")) else { return nil }
        guard fieldStart + 3 <= titleStart else { return nil }
        return profileCommas.contains(scalars[fieldStart]) && profileSexes.contains(scalars[fieldStart + 1])
            && profileCommas.contains(scalars[fieldStart + 2]) ? holder : nil
    }

    private static let openingBrackets: Set<Unicode.Scalar> = ["(", "（"]
    private static let profileCommas: Set<Unicode.Scalar> = [",", "，", "、"]
    private static let profileSexes: Set<Unicode.Scalar> = ["男", "女"]

    /// Whether the title `title` and the name `name` after it are a byline: the title ends with
    /// a credit word and a space sets the name apart (`县融媒体中心记者 温馨`), as bylines are
    /// laid out; written solid in a sentence, the reporter holds the title (`县融媒体中心记者张三报道`).
    private static func isByline(_ title: Int, name: Int, in context: LinkContext) -> Bool {
        let titleRange = context.mentions[title].range, nameRange = context.mentions[name].range
        guard titleRange.end < nameRange.start, context.cues.word(.credit, endingAt: titleRange.end, in: context.scalars) != nil else {
            return false
        }
        return context.scalars[titleRange.end..<nameRange.start].contains { $0.isSpaceLike }
    }

    /// Whether a name ending at `nameEnd` holds the title starting at `titleStart`: nothing or
    /// only spaces stand between them (`骆惠宁书记`, a list row `贺建国 村党支部书记`), an opening
    /// bracket does (`王建华(古绛镇副镇长)`), or an
    /// appointment word does (`当选为`, `担任`), also after 同志 (`冯志强同志任陈村镇党委书记`) or a
    /// group the name heads (`薛丽娜等9名同志当选为县委常委`).
    static func isHolderBefore(_ nameEnd: Int, title titleStart: Int, in context: LinkContext) -> Bool {
        if nameEnd == titleStart { return true }
        // A row of a list: the name, spaces, then its title (`贺建国 太阳乡南柳营村党支部书记`),
        // or the title in brackets after the name (`王建华(古绛镇副镇长)`).
        if context.scalars[nameEnd..<titleStart].allSatisfy(isRowSpace) { return true }
        if titleStart == nameEnd + 1, openingBrackets.contains(context.scalars[nameEnd]) { return true }
        let addressEnd = nameEnd + addressLength(at: nameEnd, context.scalars)
        let wordStart = addressEnd + groupLength(at: addressEnd, context.scalars)
        return context.cues.word(.appoint, startingAt: wordStart, in: context.scalars) == titleStart - wordStart
    }

    /// Whether the name at `name` holds the titles at `chain` as its post, followed by a post
    /// word (relations.tsv `post`) and joined by 的, also after 同志 (`王刚的林州市教育局局长职务`,
    /// `王刚同志的…职务`), or by a removal word (`李卫东辞去县人民政府副县长职务`, relations.tsv
    /// `removal`): nil when it does not, true
    /// when the post is a former one (removed, or a removal word before the name: `免去王刚的…`).
    private static func postHolder(_ name: ScalarRange, chain: Range<Int>, in context: LinkContext) -> Bool? {
        let scalars = context.scalars
        guard context.cues.word(.post, startingAt: chain.upperBound, in: scalars) != nil else { return nil }
        // The holder resigns or is removed: 李卫东辞去县人民政府副县长职务.
        if let removal = context.cues.word(.removal, startingAt: name.end, in: scalars), name.end + removal == chain.lowerBound {
            return true
        }
        let addressEnd = name.end + addressLength(at: name.end, scalars)
        guard addressEnd + 1 == chain.lowerBound, scalars[addressEnd] == "的" else { return nil }
        return context.cues.word(.removal, endingAt: name.start, in: scalars) != nil
    }

    /// Whether a mention of `label` can be the scope written before a title: a body, a company
    /// or a place (`贵州兰馨茶业有限公司` + `董事长`, `横水镇` + `南柳营村党支部书记`).
    private static func isScope(_ label: Label) -> Bool {
        switch label {
        case .org, .enterprise, .place: true
        default: false
        }
    }

    /// Whether `scalar` is a space that sets the columns of a list row apart (not a line break).
    private static func isRowSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\u{3000}"
    }

    /// The length of 同志 written right after a name as its form of address (`冯志强同志任…`,
    /// `免去冯志强同志的…职务`), or 0.
    private static func addressLength(at start: Int, _ scalars: [Unicode.Scalar]) -> Int {
        start + 1 < scalars.count && scalars[start] == "同" && scalars[start + 1] == "志" ? 2 : 0
    }

    /// The length of a group written after a name, 等 with a count of people (`等9名同志`,
    /// `等三人`), or 0.
    private static func groupLength(at start: Int, _ scalars: [Unicode.Scalar]) -> Int {
        guard start < scalars.count, scalars[start] == "等" else { return 0 }
        var end = start + 1
        while end < scalars.count, scalars[end].isDigitLike || countDigits.contains(scalars[end]) { end += 1 }
        guard end > start + 1, end < scalars.count, countWords.contains(scalars[end]) else { return 0 }
        end += 1
        if end + 1 < scalars.count, scalars[end] == "同", scalars[end + 1] == "志" { end += 2 }
        return end - start
    }

    private static let countDigits: Set<Unicode.Scalar> = ["一", "二", "两", "三", "四", "五", "六", "七", "八", "九", "十"]
    private static let countWords: Set<Unicode.Scalar> = ["名", "位", "人"]

    /// Whether the title at `index` is one its holder no longer holds: a `former` word right
    /// before it (`原县委书记`, `前任县长`), or a `former-after-break` word (前, which also ends
    /// 目前, 会前) after punctuation, the start of the text or another mention (`,前县长`).
    static func isFormer(_ index: Int, in context: LinkContext) -> Bool {
        let start = context.mentions[index].range.start
        if context.cues.word(.former, endingAt: start, in: context.scalars) != nil { return true }
        guard let length = context.cues.word(.formerAfterBreak, endingAt: start, in: context.scalars) else { return false }
        let wordStart = start - length
        return wordStart == 0 || !context.scalars[wordStart - 1].isHan
            || (index > 0 && context.mentions[index - 1].range.end == wordStart)
    }
}
