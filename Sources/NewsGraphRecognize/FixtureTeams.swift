import NewsGraphCore

/// Finds teams named in a fixture: the names on both sides of `vs` (`[那不勒斯]vs[锡耶纳]`,
/// `[汉诺威96队]vs[卡尔斯鲁厄队]`), and a known place right before 主场 or 客场, which names the
/// club that plays at home or away (`[罗马]客场可让平半`). A city or country there is the team, not
/// the place, so these candidates outrank a gazetteer place on the same span.
///
/// A name beside `vs` is a known place, or two to eight Han characters or digits between the
/// marker and a boundary (punctuation, a stop or joiner such as 以及, a verb, the text's edge).
struct FixtureTeams {
    /// Team candidates in `scan`.
    /// - Complexity: O(n) over the scalars, plus O(k) for each marker, k the longest name.
    func candidates(in scan: ArticleScan) -> [Candidate] {
        var result: [Candidate] = []
        let s = scan.scalars
        var position = 0
        while position + 1 < s.count {
            defer { position += 1 }
            if isVersus(at: position, s), !isTitled(position, s) {
                if let start = nameStart(endingAt: position, scan) {
                    result.append(team(start, position, "rule:team.versus"))
                }
                if let end = nameEnd(startingAt: position + 2, scan) {
                    result.append(team(position + 2, end, "rule:team.versus"))
                }
            } else if s[position] == "主" || s[position] == "客", s[position + 1] == "场",
                      let start = knownPlaceStart(endingAt: position, scan) {
                result.append(team(start, position, "rule:team.home-away"))
            }
        }
        return result
    }

    private static let longestName = 8

    private func team(_ start: Int, _ end: Int, _ rule: String) -> Candidate {
        Candidate(range: ScalarRange(start, end), label: .org, priority: Priority.team, provenance: rule)
    }

    /// Whether `vs` (any case) stands at `position` as a word of its own.
    private func isVersus(at position: Int, _ s: [Unicode.Scalar]) -> Bool {
        guard s[position] == "v" || s[position] == "V", s[position + 1] == "s" || s[position + 1] == "S" else { return false }
        let before = position > 0 ? s[position - 1] : " "
        let after = position + 2 < s.count ? s[position + 2] : " "
        return !before.isASCIILetter && !after.isASCIILetter
    }

    /// The start of the team name ending at `end`: a known place of three or more characters
    /// ending there (亚特兰大 of 平胆亚特兰大), else a stem of Han characters and digits from a
    /// boundary (努曼西亚, not its 西亚), else a shorter known place.
    private func nameStart(endingAt end: Int, _ scan: ArticleScan) -> Int? {
        let place = knownPlaceStart(endingAt: end, scan)
        if let place, end - place >= 3 { return place }
        if let start = scan.stemStart(endingAt: end, maximum: Self.longestName, allowDigits: true, crossPlaces: true),
           end - start >= 2, isName(start, end, scan.scalars) {
            return start
        }
        return place
    }

    /// The end of the team name starting at `start`: the longest known place starting there, or
    /// its first character, run on over Han characters and digits up to punctuation or a
    /// boundary word, at most eight in all (柏林赫塔, 汉诺威96队, 莱切 + 推荐). A count of
    /// teams (两队) and a score after the name stay out of it.
    private func nameEnd(startingAt start: Int, _ scan: ArticleScan) -> Int? {
        let s = scan.scalars
        guard start < s.count, s[start].isHan else { return nil }
        var end = scan.index.starting(at: start).filter { $0.role == .place }.map(\.end).max() ?? start + 1
        for match in scan.gazetteerMatches where match.start == start { end = max(end, match.end) }
        while end < s.count, end - start < Self.longestName,
              (s[end].isHan && !scan.wordMayEnd[end]) || Self.isDigit(s[end]) {
            end += 1
        }
        // 卡尔斯鲁厄队 + 两队, 博尔顿 + 0.02
        if let count = (start + 1..<end).first(where: { s[$0] == "两" && $0 + 1 < s.count && s[$0 + 1] == "队" }) { end = count }
        while end > start, Self.isDigit(s[end - 1]) { end -= 1 }
        guard end - start >= 2, isName(start, end, s) else { return nil }
        return end
    }

    /// Whether the fixture stands inside title marks or quotes: a title (《异形VS铁血战士》,
    /// “王牌VS王牌”), not a match.
    private func isTitled(_ position: Int, _ s: [Unicode.Scalar]) -> Bool {
        var start = position
        while start > 0, position - start <= Self.longestName, s[start - 1].isHan || Self.isDigit(s[start - 1]) { start -= 1 }
        return start > 0 && Self.titleOpeners.contains(s[start - 1])
    }

    private static let titleOpeners: ScalarSet = ["《", "“", "「", "\""]

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        (0x30...0x39).contains(scalar.value)
    }

    /// Han characters, with digits only after the first (汉诺威96队).
    private func isName(_ start: Int, _ end: Int, _ s: [Unicode.Scalar]) -> Bool {
        s[start].isHan && s[start..<end].allSatisfy { $0.isHan || Self.isDigit($0) }
    }

    /// The earliest start of a known place ending at `end` (list or national gazetteer).
    private func knownPlaceStart(endingAt end: Int, _ scan: ArticleScan) -> Int? {
        scan.earliestKnownPlaceStart(endingAt: end, startingIn: max(0, end - Self.longestName)..<end)
    }
}
