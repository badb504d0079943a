import NewsGraphCore

/// Finds teams named by their city or country in a match report or a tip: a listed place right
/// after a result verb and before punctuation (`输给[亚特兰大]，`, `客场3-1战胜[保加利亚]的`
/// is not one), or right before a score or a result or betting word (`[汉堡]0比0平奥萨苏纳`,
/// `[利物浦]首选平局`, `[那不勒斯]当胜`). Rule `rule:team.result`.
///
/// There the name stands for the club or the national side, not the place, so the candidate
/// outranks the gazetteer place on the same span (as `FixtureTeams`). A place after 在, 于, 从 or
/// 到 is where a match is played (`在[马赛]战胜南非队`), and a name followed by 的, 队 or more of
/// a name (`击败[莫斯科]斯巴达克`, `击败比利时的卡勃莱拉`) is left to other rules.
enum ResultTeams {
    /// Team candidates in `scan`.
    /// - Complexity: O(m·w) for m listed places and w the result words.
    static func candidates(in scan: ArticleScan) -> [Candidate] {
        let s = scan.scalars
        var result: [Candidate] = []
        for match in scan.index.matches where match.role == .place && match.end - match.start >= 2 {
            let start = match.start
            let end = match.end
            if start > 0, locativeMarks.contains(s[start - 1]) { continue }
            let resultAfter = hasScore(at: end, s) || resultWordsAfter.starts(at: end, in: s)
            let verbBefore = resultVerbsBefore.ends(at: start, in: s) && (end == s.count || !s[end].isHan)
            guard resultAfter || verbBefore, !scan.isInsideNonPlaceWord(start, end) else { continue }
            result.append(Candidate(range: ScalarRange(start, end), label: .org, priority: Priority.team, provenance: "rule:team.result"))
        }
        return result
    }

    /// Characters before a place that make it where a match is played.
    private static let locativeMarks: ScalarSet = ["在", "于", "从", "到"]

    /// Verbs of a result, before the beaten or beating side (输给, 战胜, 逼平).
    private static let resultVerbsBefore = ScalarWords([
        "击败", "战胜", "逼平", "战平", "力克", "完胜", "大胜", "负于", "输给", "不敌", "败给", "迎战", "对阵", "平过", "胜过", "淘汰",
    ])

    /// Words of a result or a betting tip after a side (首选, 防平, 让球, 当胜, 客胜).
    private static let resultWordsAfter = ScalarWords([
        "让球", "让平", "让一", "让半", "受让", "防平", "补冷", "客胜", "主胜", "首选", "均防", "需防", "作胆", "作稳胆", "当胜", "不胜",
        "取胜", "击败", "战胜", "逼平", "战平", "力克", "完胜", "大胜", "惨败", "负于", "输给", "不敌", "告负", "上轮", "下轮", "本轮",
    ])

    /// Whether a score starts at `position`: one or two digits, a dash, colon or 比, one or two
    /// digits, and no more of a number, time or date after it (`0比0`, `3-1`; not `00:10`,
    /// `70-20万年`).
    static func hasScore(at position: Int, _ s: [Unicode.Scalar]) -> Bool {
        var index = position
        while index < s.count, isDigit(s[index]) { index += 1 }
        guard (1...2).contains(index - position), index + 1 < s.count, scoreMarks.contains(s[index]) else { return false }
        // 00:10 and 08:30 are times.
        if index - position == 2, s[position] == "0" { return false }
        let second = index + 1
        index = second
        while index < s.count, isDigit(s[index]) { index += 1 }
        guard (1...2).contains(index - second) else { return false }
        return index == s.count || !(scoreMarks.contains(s[index]) || numberTails.contains(s[index]))
    }

    /// Characters after digits that make them a number, time or date rather than a score.
    private static let numberTails: ScalarSet = [".", "万", "千", "亿", "年", "月", "日", "号", "点", "%", "分", "秒"]

    private static let scoreMarks: ScalarSet = ["-", ":", "：", "比"]

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        (0x30...0x39).contains(scalar.value)
    }
}
