import NewsGraphCore

/// Finds teams named by their city or country in a clause about a league match or a bet: in a
/// clause (up to 。, ，, ； or ：) that holds a league, home-or-away or betting word (英超, 联赛,
/// 主场, 赛季, 让球, 足彩), a listed country or city that stands alone — before punctuation, a
/// score or a joining word (和, 与, 也, 则) — is the club or the national side
/// (`英超基本上就要看[利物浦]和切尔西的二人传`, `主场迎战北欧弱旅[冰岛]，`).
/// Rule `rule:team.sports-clause`.
///
/// Not after 在, 于, 从, 到, 赴, 抵 or a travel verb (做客, 远征, 前往: where a match is played),
/// nor after a Latin letter (`AC米兰` is more of a name), nor before more of a name (`莫斯科中央陆军`,
/// `马德里竞技`), 的, 队, a title mark (`美国《时代》周刊`) or a date (`洛杉矶9月27日电`). Regions
/// and seas (亚洲 of 亚洲盘, 欧洲) are no teams.
enum SportsClauseTeams {
    /// Team candidates in `scan`.
    /// - Complexity: O(m) for m listed places, plus O(l·w) for the clause of each place that
    ///   may be a side, l its length and w the sports words.
    static func candidates(in scan: ArticleScan) -> [Candidate] {
        let s = scan.scalars
        var result: [Candidate] = []
        // Whether the clause starting at an offset holds a sports word, once read.
        var sportsClause: [Int: Bool] = [:]
        for match in scan.index.matches where match.role == .place && match.end - match.start >= 2 {
            guard teamTypes.contains(scan.entry(match).placeType), standsAlone(match.start, match.end, s) else { continue }
            let clause = clauseRange(around: match.start, s)
            if sportsClause[clause.lowerBound] == nil { sportsClause[clause.lowerBound] = holdsSportsWord(clause, s) }
            guard sportsClause[clause.lowerBound] == true else { continue }
            result.append(Candidate(
                range: ScalarRange(match.start, match.end), label: .org, priority: Priority.team, provenance: "rule:team.sports-clause"
            ))
        }
        return result
    }

    /// Place types that may name a team.
    private static let teamTypes: Set<PlaceType> = [.country, .city]

    /// Whether the name at `start..<end` stands alone as a side: not where something happens,
    /// not part of a longer name.
    private static func standsAlone(_ start: Int, _ end: Int, _ s: [Unicode.Scalar]) -> Bool {
        if start > 0 {
            let before = s[start - 1]
            if locativeMarks.contains(before) || isLetter(before) { return false }
            if travelVerbs.ends(at: start, in: s) { return false }
        }
        guard end < s.count else { return true }
        let next = s[end]
        // A digit only before a score (佛罗伦萨5胜 is no score, 汉堡0比0 is; 洛杉矶9月27日 is a dateline).
        if (0x30...0x39).contains(next.value) { return ResultTeams.hasScore(at: end, s) }
        if next == "《" { return false }
        return !next.isHan || joiningWords.contains(next)
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        (0x61...0x7A).contains(scalar.value) || (0x41...0x5A).contains(scalar.value)
    }

    /// Characters before a place that make it where a match is played.
    private static let locativeMarks: ScalarSet = ["在", "于", "从", "到", "赴", "抵"]

    private static let travelVerbs = ScalarWords(["做客", "作客", "远征", "前往", "来到", "回到", "飞往", "抵达"])

    /// Characters after a side that join it to the rest of the clause (和, 与, 也, 则, 均).
    private static let joiningWords: ScalarSet = ["和", "与", "也", "则", "都", "被", "还", "已", "又", "均"]

    /// Words of a league match or a bet.
    private static let sportsWords = ScalarWords([
        "英超", "意甲", "西甲", "德甲", "法甲", "欧冠", "欧联", "足彩", "联赛", "主场", "客场", "亚盘", "盘口", "赔率", "让球", "防平",
        "胜负彩", "竞彩", "赛季",
    ])

    /// The clause holding `position`: from after the last clause end before it to its own end
    /// (。, ！, ？, ；, ，, ： or a line break), at most `reach` scalars on either side.
    private static func clauseRange(around position: Int, _ s: [Unicode.Scalar]) -> Range<Int> {
        var start = position
        while start > 0, position - start < reach, !clauseEnds.contains(s[start - 1]) { start -= 1 }
        var end = position
        while end < s.count, end - position < reach, !clauseEnds.contains(s[end]) { end += 1 }
        return start..<end
    }

    private static let reach = 300

    /// Whether a sports word stands in `range`.
    private static func holdsSportsWord(_ range: Range<Int>, _ s: [Unicode.Scalar]) -> Bool {
        range.contains { sportsWords.starts(at: $0, in: s) }
    }

    private static let clauseEnds = ScalarSet(["。", "！", "？", "；", "，", "：", "!", "?", ";", ",", ":", "\n"])
}
