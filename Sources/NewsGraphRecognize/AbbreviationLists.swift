import NewsGraphCore

/// Finds government abbreviations that a list makes bodies: in `县文旅、发改、工信等部门` the
/// scope 县 heads the list and 等部门 (or 等单位) closes it, so `发改` and `工信` are bodies too.
///
/// The list is a run of abbreviations (`titles.tsv` organs flagged `abbrev`) joined by 、 right
/// before 等部门 or 等单位, whose first item follows a scope or place (`县文旅`); items that
/// follow a scope themselves (`县发改`) are left to the title grammar, which makes them bodies.
/// A list without a scope (`发改、工信等部门`) or that is not closed so (`发改、工信等参加`) makes none.
enum AbbreviationLists {
    /// Body candidates for the bare abbreviations of such lists in `scan`.
    /// - Complexity: O(n) over the scalars, plus O(k) for each 等 that closes a list, k its length.
    static func candidates(in scan: ArticleScan) -> [Candidate] {
        var result: [Candidate] = []
        let s = scan.scalars
        for position in s.indices where s[position] == "等" && closesList(position, s) {
            var bare: [LexicalIndex.Match] = []
            var end = position
            var scoped = false
            while let item = abbreviation(endingAt: end, scan) {
                // A scope word or a known place right before the item (县 of 县文旅).
                let scope = scan.scopeWordStart(endingAt: item.start) ?? scan.earliestKnownPlaceStart(endingAt: item.start)
                if scope == nil { bare.append(item) }
                let itemStart = scope ?? item.start
                if itemStart > 0, s[itemStart - 1] == "、" {
                    end = itemStart - 1
                    continue
                }
                scoped = scope != nil
                break
            }
            guard scoped else { continue }
            for item in bare {
                result.append(Candidate(
                    range: ScalarRange(item.start, item.end), label: .org, priority: Priority.governmentOrg,
                    provenance: "rule:abbreviation-list(\(scan.resources.provenance(of: scan.entry(item))))"
                ))
            }
        }
        return result
    }

    /// Whether 等 at `position` is followed by 部门 or 单位.
    private static func closesList(_ position: Int, _ s: [Unicode.Scalar]) -> Bool {
        guard position + 2 < s.count else { return false }
        return (s[position + 1] == "部" && s[position + 2] == "门") || (s[position + 1] == "单" && s[position + 2] == "位")
    }

    /// The longest government abbreviation ending at `end`.
    private static func abbreviation(endingAt end: Int, _ scan: ArticleScan) -> LexicalIndex.Match? {
        guard scan.hasMatch(.titleOrgan, endingAt: end) else { return nil }
        return scan.matches(.titleOrgan, endingAt: end)
            .filter { scan.entry($0).flags.contains(.abbreviation) }
            .min { $0.start < $1.start }
    }
}
