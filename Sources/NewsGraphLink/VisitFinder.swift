import NewsGraphCore

/// `VISITED`: a person goes to a place, body or enterprise.
///
/// Two patterns, inside one sentence: a visit verb right before the destination, with the
/// visiting group before the verb as the visitors (`解芳深入横水镇调研`; `县委书记解芳、县长李翔一行
/// 深入` gives both, and so do `王军在解芳陪同下深入` and `王军深入横水镇,解芳陪同。`), and the places of a list after it (`深入横水镇、陈村镇`, `来到龙兴寺和绛州大堂`) or written inside
/// the one before (`深入横水镇新庄村`: the town and the village are both visited); and places
/// that open the sentence after 在, followed by persons and an on-site or visit verb
/// (`在新庄村,解芳、李翔实地查看`, `在庙前镇贾庄村、后宫村,郑海涛走进田间地头`), or that follows the persons and 在 before such a verb
/// (`解芳在横水镇调研时强调`). A party (`检查组一行来到凤城镇`) visits with the leader named
/// before it (`VisitingParty`).
enum VisitFinder {
    static func relations(_ context: LinkContext) -> [Relation] {
        var relations: [Relation] = []
        var lastVisited: (destination: Int, visitors: [Int])?
        for (index, mention) in context.mentions.enumerated() where isDestination(mention.label) {
            guard let (visitors, rule) = visitors(of: index, after: lastVisited, in: context) else {
                lastVisited = nil
                continue
            }
            for visitor in visitors { relations.append(context.relation(.visited, visitor, index, rule)) }
            lastVisited = (index, visitors)
        }
        return relations + companionVisits(after: relations, in: context)
    }

    /// `王军深入横水镇调研,县委书记解芳陪同。`: the persons before a closing `陪同` (relations.tsv
    /// `escort`) visit the destinations visited before them in the same sentence.
    private static func companionVisits(after visits: [Relation], in context: LinkContext) -> [Relation] {
        guard !visits.isEmpty else { return [] }
        let mentions = context.mentions
        var relations: [Relation] = []
        for (index, mention) in mentions.enumerated() where mention.label == .person {
            guard let verb = context.cues.word(.escort, startingAt: mention.range.end, in: context.scalars) else { continue }
            let after = mention.range.end + verb
            guard after == context.scalars.count || !context.scalars[after].isHan else { continue }
            var destinations: [Int] = []
            for visit in visits where visit.tail < index && mentions[visit.tail].sentence == mention.sentence
                && !destinations.contains(visit.tail) {
                destinations.append(visit.tail)
            }
            for companion in group(endingWith: index, in: context) {
                for destination in destinations {
                    relations.append(context.relation(.visited, companion, destination, "rule:visited.escort"))
                }
            }
        }
        return relations
    }

    /// Who visits the destination at `index` (in text order), and by which rule.
    private static func visitors(
        of index: Int, after lastVisited: (destination: Int, visitors: [Int])?, in context: LinkContext
    ) -> ([Int], String)? {
        let mentions = context.mentions
        let mention = mentions[index]
        if let last = lastVisited, last.destination == index - 1, let gap = gapToPreviousDestination(index, in: context) {
            if gap.isEmpty { return (last.visitors, "rule:visited.within") }
            if listJoiners.contains(gap) { return (last.visitors, "rule:visited.list") }
        }
        let gapStart = index > 0 ? mentions[index - 1].range.end : 0
        if let verbLength = visitVerb(endingAt: mention.range.start, in: context), mention.range.start - verbLength >= gapStart {
            if let visitor = nearestPerson(before: index, in: context) {
                return (group(endingWith: visitor, in: context), "rule:visited.verb")
            }
            if let leader = VisitingParty.leader(verbStart: mention.range.start - verbLength, destination: index, in: context) {
                return ([leader], "rule:visited.party")
            }
        }
        if let visitors = onSiteVisitors(after: index, in: context) { return (visitors, "rule:visited.on-site") }
        return visitorsAt(index, in: context).map { ($0, "rule:visited.at") }
    }

    /// The length of the visit verb that ends at `end`, also with a 了 after a verb of two or
    /// more characters (`察看了`; not 到 of 看到了, 得到了).
    private static func visitVerb(endingAt end: Int, in context: LinkContext) -> Int? {
        if let length = context.cues.word(.visit, endingAt: end, in: context.scalars) { return length }
        guard end > 1, context.scalars[end - 1] == "了",
              let length = context.cues.word(.visit, endingAt: end - 1, in: context.scalars), length >= 2 else { return nil }
        return length + 1
    }

    /// `<persons>在<place>调研`: the group right before 在, when the place at `index` (alone or
    /// with the places written inside it) is followed by an on-site verb (`解芳在横水镇调研时强调`).
    private static func visitorsAt(_ index: Int, in context: LinkContext) -> [Int]? {
        let mentions = context.mentions
        var first = index
        while first > 0, isInside(first, in: context) { first -= 1 }
        var last = index
        while last + 1 < mentions.count, isInside(last + 1, in: context) { last += 1 }
        let opening = mentions[first].range.start
        guard first > 0, mentions[first - 1].label == .person, mentions[first - 1].sentence == mentions[index].sentence,
              let atLength = context.cues.word(.at, endingAt: opening, in: context.scalars) else { return nil }
        // The group may be followed by 一行 or 等 before 在.
        var groupEnd = opening - atLength
        while let adverb = context.cues.word(.adverb, endingAt: groupEnd, in: context.scalars), groupEnd - adverb >= mentions[first - 1].range.end {
            groupEnd -= adverb
        }
        if groupEnd > 0, context.scalars[groupEnd - 1] == "等" { groupEnd -= 1 }
        guard groupEnd == mentions[first - 1].range.end else { return nil }
        var position = mentions[last].range.end
        while let adverb = context.cues.word(.adverb, startingAt: position, in: context.scalars) {
            position += adverb
        }
        guard context.cues.word(.onSite, startingAt: position, in: context.scalars) != nil else { return nil }
        return group(endingWith: first - 1, in: context)
    }

    private static func isDestination(_ label: Label) -> Bool {
        label == .place || label == .org || label == .enterprise
    }

    /// The nearest person mention before `index` in the same sentence.
    /// - Complexity: O(1) (precomputed: scanning back was quadratic in a long sentence).
    static func nearestPerson(before index: Int, in context: LinkContext) -> Int? {
        context.personBefore[index]
    }

    /// The persons of the group that ends with the person at `last`, in text order: the names
    /// and titles before it joined by nothing, list joiners or commas (`县委书记解芳、县长李翔`,
    /// `县领导解芳、李翔,县委常委王明华`). Anything else between two mentions ends the group, except
    /// where the group accompanies another: `市委书记王军在县委书记解芳陪同下深入` gives 王军 and 解芳.
    /// - Complexity: O(g) for g mentions in the group.
    static func group(endingWith last: Int, in context: LinkContext) -> [Int] {
        let (first, members) = members(endingWith: last, in: context)
        guard let guest = guest(before: first, companionsEndingWith: last, in: context) else { return members }
        return group(endingWith: guest, in: context) + members
    }

    /// The first mention (name or title) of the group ending with `last`, and its persons.
    private static func members(endingWith last: Int, in context: LinkContext) -> (first: Int, persons: [Int]) {
        let mentions = context.mentions
        var persons = [last]
        var index = last
        while index > 0 {
            let previous = mentions[index - 1]
            guard previous.sentence == mentions[last].sentence, previous.label == .person || previous.label == .title,
                  let gap = context.shortGap(previous.range.end, mentions[index].range.start),
                  groupJoiners.contains(gap) else { break }
            index -= 1
            if previous.label == .person { persons.append(index) }
        }
        return (index, persons.reversed())
    }

    /// The person the group from `first` to `last` accompanies: `<guest>在<group>[等][的]陪同下`
    /// (relations.tsv `at` and `escort`).
    private static func guest(before first: Int, companionsEndingWith last: Int, in context: LinkContext) -> Int? {
        let mentions = context.mentions
        guard first > 0, mentions[first - 1].label == .person, mentions[first - 1].sentence == mentions[last].sentence,
              let atLength = context.cues.word(.at, endingAt: mentions[first].range.start, in: context.scalars),
              mentions[first].range.start - atLength == mentions[first - 1].range.end else { return nil }
        var position = mentions[last].range.end
        for particle in ["等", "的"] as [Unicode.Scalar] where position < context.scalars.count && context.scalars[position] == particle {
            position += 1
        }
        return context.cues.word(.escort, startingAt: position, in: context.scalars) != nil ? first - 1 : nil
    }

    /// What joins the destinations of a list (`深入横水镇、陈村镇`, `来到龙兴寺和绛州大堂`).
    private static let listJoiners: Set<String> = ["、", "和", "及", "以及"]

    /// What may stand between the members of a visiting group and their titles.
    private static let groupJoiners: Set<String> = ["", "、", ",", "，", "和", "与", "及", "以及", "兼"]

    /// `在<place>,<persons>[实地]查看`: the persons, when the place at `index` opens its clause
    /// after 在, alone or with the places it is written inside or before (`在横水镇新庄村`) and
    /// those listed after it (`在庙前镇贾庄村、后宫村`), and is followed by names (with their
    /// titles, joined by list joiners) and an on-site or a visit verb (`郑海涛走进田间地头`).
    private static func onSiteVisitors(after index: Int, in context: LinkContext) -> [Int]? {
        let mentions = context.mentions
        // The places written one inside the other (在横水镇新庄村) open the clause together.
        var first = index
        while first > 0, isInside(first, in: context) { first -= 1 }
        var last = index
        while last + 1 < mentions.count, isInside(last + 1, in: context) || isListed(last + 1, in: context) { last += 1 }
        let place = mentions[last]
        let opening = mentions[first].range.start
        guard let atLength = context.cues.word(.at, endingAt: opening, in: context.scalars) else { return nil }
        let clauseStart = opening - atLength
        if clauseStart > 0 {
            let before = context.scalars[clauseStart - 1]
            let previousEnd = first > 0 ? mentions[first - 1].range.end : -1
            guard !before.isHan || previousEnd == clauseStart else { return nil }
        }
        guard last + 1 < mentions.count,
              context.shortGap(place.range.end, mentions[last + 1].range.start).map(["", ",", "，"].contains) ?? false
        else { return nil }
        var visitors: [Int] = []
        var next = last + 1
        while next < mentions.count, mentions[next].sentence == place.sentence,
              mentions[next].label == .person || mentions[next].label == .title {
            if next > last + 1 {
                guard let gap = context.shortGap(mentions[next - 1].range.end, mentions[next].range.start),
                      onSiteJoiners.contains(gap) else { break }
            }
            if mentions[next].label == .person { visitors.append(next) }
            next += 1
        }
        guard let lastVisitor = visitors.last, lastVisitor == next - 1 else { return nil }
        var position = mentions[lastVisitor].range.end
        while let adverb = context.cues.word(.adverb, startingAt: position, in: context.scalars) {
            position += adverb
        }
        let verb = context.cues.word(.onSite, startingAt: position, in: context.scalars)
            ?? context.cues.word(.visit, startingAt: position, in: context.scalars)
        return verb != nil ? visitors : nil
    }

    /// Whether the destination at `index` is written right after another one, inside it
    /// (新庄村 of 横水镇新庄村).
    private static func isInside(_ index: Int, in context: LinkContext) -> Bool {
        gapToPreviousDestination(index, in: context) == ""
    }

    /// Whether the destination at `index` follows another one in a list (后宫村 of 贾庄村、后宫村).
    private static func isListed(_ index: Int, in context: LinkContext) -> Bool {
        gapToPreviousDestination(index, in: context).map(listJoiners.contains) ?? false
    }

    /// The short gap between the destination at `index` and a destination right before it in
    /// the same sentence, if both are destinations.
    private static func gapToPreviousDestination(_ index: Int, in context: LinkContext) -> String? {
        let mentions = context.mentions
        guard index > 0, isDestination(mentions[index].label), isDestination(mentions[index - 1].label),
              mentions[index - 1].sentence == mentions[index].sentence else { return nil }
        return context.shortGap(mentions[index - 1].range.end, mentions[index].range.start)
    }

    /// What may stand between the names and titles of the persons after the place.
    private static let onSiteJoiners: Set<String> = ["", "、", "和", "与", "及", "以及", "兼"]
}
