import NewsGraphCore

/// Finds bureaus merged from two, written with 和 between their fields: `县卫生健康和体育局` is one
/// body, as 卫生健康 + 局 and 体育局 are both organs (`titles.tsv`).
///
/// Before 和 stands a field of two to six Han characters that makes an organ with the last
/// character of the organ after 和 (卫生健康 + 局), or several such fields (文化 + 广电 + 体育 of
/// 县文化广电体育和旅游局), and is no body of its own: in `县公安和司法局` 公安 is a body already
/// (an abbreviation), so 和 joins two bodies there. Fields may also stand after 和, before a
/// bureau (广电 + 旅游 + 体育局 of 县文化和广电旅游体育局), and two fields or more before a
/// bureau need no 和 (文化 + 旅游 + 广电 + 体育局 of 县文化旅游广电体育局). The name starts at a
/// scope or place right before the first field (县, 芮城县).
enum MergedBureaus {
    /// Body candidates in `scan`.
    /// - Complexity: O(o·k) for o organs right after 和 and k the longest field, each a dictionary lookup.
    static func candidates(in scan: ArticleScan) -> [Candidate] {
        var result: [Candidate] = []
        let s = scan.scalars
        for position in s.indices.dropFirst(3) where s[position - 1] == "和" {
            // Fields may stand between 和 and a bureau too (文化 + 和 + 广电 + 旅游 + 体育局).
            var organStart = position
            var fieldsAfter = 0
            while !scan.hasMatch(.titleOrgan, startingAt: organStart), fieldsAfter < 3, bureauFollows(organStart, s),
                  let next = fieldEnd(from: organStart, ending: bureau, scan) {
                organStart = next
                fieldsAfter += 1
            }
            for organ in scan.matches(.titleOrgan, startingAt: organStart)
            where organ.end - organ.start >= 2 && (fieldsAfter == 0 || s[organ.end - 1] == bureau) {
                guard var field = fieldStart(before: position - 1, ending: s[organ.end - 1], scan) else { continue }
                // More fields may stand before it (文化 + 广电 + 体育 + 和 + 旅游局).
                while let earlier = fieldStart(before: field, ending: s[organ.end - 1], scan) { field = earlier }
                // A known place or a scope word right before the field (芮城县, 县).
                let start = scan.earliestKnownPlaceStart(endingAt: field) ?? scan.scopeWordStart(endingAt: field) ?? field
                result.append(candidate(start, organ, scan))
                break
            }
        }
        // Fields written solid before a bureau, without 和 (文化 + 旅游 + 广电 + 体育局): two or more.
        for end in stride(from: 5, through: s.count, by: 1) where s[end - 1] == bureau {
            for organ in scan.matches(.titleOrgan, endingAt: end) where organ.end - organ.start >= 2 {
                // Most bureaus follow their scope (县 + 审计局): no field to read there.
                guard organ.start >= 4, s[organ.start - 1].isHan, !scopeLevels.contains(s[organ.start - 1]),
                      var field = fieldStart(before: organ.start, ending: bureau, scan),
                      let earlier = fieldStart(before: field, ending: bureau, scan) else { continue }
                field = earlier
                while let more = fieldStart(before: field, ending: bureau, scan) { field = more }
                let start = scan.earliestKnownPlaceStart(endingAt: field) ?? scan.scopeWordStart(endingAt: field) ?? field
                result.append(candidate(start, organ, scan))
                break
            }
        }
        return result
    }

    private static func candidate(_ start: Int, _ organ: LexicalIndex.Match, _ scan: ArticleScan) -> Candidate {
        Candidate(
            range: ScalarRange(start, organ.end), label: .org, priority: Priority.governmentOrg,
            provenance: "rule:merged-bureau(\(scan.resources.provenance(of: scan.entry(organ))))"
        )
    }

    /// The start of the shortest field ending at `end` that makes an organ with `last` and is no
    /// organ of its own, or nil.
    private static func fieldStart(before end: Int, ending last: Unicode.Scalar, _ scan: ArticleScan) -> Int? {
        var start = end - 2
        while start >= 0, end - start <= 6, scan.scalars[start].isHan, scan.scalars[start + 1].isHan {
            if isField(start..<end, ending: last, scan) { return start }
            start -= 1
        }
        return nil
    }

    /// The end of the shortest field starting at `start` that makes an organ with `last` and is
    /// no organ of its own, or nil.
    private static func fieldEnd(from start: Int, ending last: Unicode.Scalar, _ scan: ArticleScan) -> Int? {
        var end = start + 2
        while end <= scan.count, end - start <= 6, scan.scalars[end - 1].isHan {
            if isField(start..<end, ending: last, scan) { return end }
            end += 1
        }
        return nil
    }

    /// Whether the text of `range` makes an organ with `last` (卫生健康 + 局) and is no organ of
    /// its own (公安).
    private static func isField(_ range: Range<Int>, ending last: Unicode.Scalar, _ scan: ArticleScan) -> Bool {
        let field = String(String.UnicodeScalarView(scan.scalars[range]))
        return isOrgan(field + String(last), scan) && !isOrgan(field, scan)
    }

    /// Whether a 局 ends the run of Han characters from `start` within the reach of three fields:
    /// only then are fields read (和 stands in most sentences, bureaus in few).
    private static func bureauFollows(_ start: Int, _ s: [Unicode.Scalar]) -> Bool {
        var position = start
        while position < s.count, position - start < 3 * 6 + 2, s[position].isHan {
            if s[position] == bureau { return true }
            position += 1
        }
        return false
    }

    /// The levels that end a scope right before a bureau (县, 市 of 县审计局, 运城市公安局).
    private static let scopeLevels: ScalarSet = ["省", "市", "县", "区", "镇", "乡"]

    /// The last character of a bureau (局), the organ fields after 和 are read for.
    private static let bureau: Unicode.Scalar = "局"

    private static func isOrgan(_ term: String, _ scan: ArticleScan) -> Bool {
        scan.resources.lexicon.entries(of: term).contains { scan.resources.entries[Int($0)].role == .titleOrgan }
    }
}
