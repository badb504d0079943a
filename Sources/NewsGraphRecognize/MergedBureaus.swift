import NewsGraphCore

/// Finds bureaus merged from two, written with 和 between their fields: `县卫生健康和体育局` is one
/// body, as 卫生健康 + 局 and 体育局 are both organs (`titles.tsv`).
///
/// Before 和 stands a field of two to six Han characters that makes an organ with the last
/// character of the organ after 和 (卫生健康 + 局), and is no body of its own: in `县公安和司法局`
/// 公安 is a body already (an abbreviation), so 和 joins two bodies there. The name starts at a
/// scope or place right before the field (县, 芮城县).
enum MergedBureaus {
    /// Body candidates in `scan`.
    /// - Complexity: O(o·k) for o organs right after 和 and k the longest field, each a dictionary lookup.
    static func candidates(in scan: ArticleScan) -> [Candidate] {
        var result: [Candidate] = []
        let s = scan.scalars
        for position in s.indices.dropFirst(3) where s[position - 1] == "和" && scan.hasMatch(.titleOrgan, startingAt: position) {
            for organ in scan.matches(.titleOrgan, startingAt: position) where organ.end - organ.start >= 2 {
                guard let field = fieldStart(before: position - 1, ending: s[organ.end - 1], scan) else { continue }
                // A known place or a scope word right before the field (芮城县, 县).
                let start = scan.earliestKnownPlaceStart(endingAt: field) ?? scan.scopeWordStart(endingAt: field) ?? field
                result.append(Candidate(
                    range: ScalarRange(start, organ.end), label: .org, priority: Priority.governmentOrg,
                    provenance: "rule:merged-bureau(\(scan.resources.provenance(of: scan.entry(organ))))"
                ))
                break
            }
        }
        return result
    }

    /// The start of the shortest field ending at `end` that makes an organ with `last` and is no
    /// organ of its own, or nil.
    private static func fieldStart(before end: Int, ending last: Unicode.Scalar, _ scan: ArticleScan) -> Int? {
        let s = scan.scalars
        var start = end - 1
        while start >= 0, end - start <= 6, s[start].isHan {
            let field = String(String.UnicodeScalarView(s[start..<end]))
            if end - start >= 2, isOrgan(field + String(last), scan), !isOrgan(field, scan) {
                return start
            }
            start -= 1
        }
        return nil
    }

    private static func isOrgan(_ term: String, _ scan: ArticleScan) -> Bool {
        scan.resources.lexicon.entries(of: term).contains { scan.resources.entries[Int($0)].role == .titleOrgan }
    }
}
