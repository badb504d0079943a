import NewsGraphCore

/// Finds companies written with their seat in parentheses (`携程计算机技术（上海）有限公司`,
/// `渣打银行（中国）有限公司`, `花旗银行（中国）`): a listed place in round brackets right after a
/// company's name or stem, and the company's legal form after it if there is one, make one
/// company. The place there is part of the name, not a place of its own. Rule
/// `rule:enterprise-seat`.
///
/// Before the brackets stands a company found by name or suffix (`渣打银行`), or, when a company
/// suffix follows the brackets, a stem of Han characters, digits or letters from a boundary
/// (`携程计算机技术`). A name already complete with its legal form takes no seat after it
/// (`金果源果业有限公司(解店镇)`).
enum ParenthesizedSeats {
    /// Company candidates in `scan`, given the `companies` found so far.
    /// - Complexity: O(n + c) for n scalars and c companies.
    static func candidates(in scan: ArticleScan, companies: [Candidate]) -> [Candidate] {
        let s = scan.scalars
        var result: [Candidate] = []
        var companyStart: [Int: Int] = [:]
        for company in companies where company.label == .enterprise {
            companyStart[company.range.end] = min(companyStart[company.range.end] ?? company.range.start, company.range.start)
        }
        var position = 0
        while position < s.count {
            defer { position += 1 }
            guard s[position] == "（" || s[position] == "(", let close = placeInBrackets(from: position, scan) else { continue }
            let suffixEnd = legalFormEnd(after: close + 1, scan)
            let start: Int?
            if let known = companyStart[position] {
                // A name complete with its legal form takes no seat after it: the brackets say
                // where it is (`万荣县金果源果业有限公司(解店镇)` in a list).
                guard suffixEnd != nil || !endsWithLegalForm(position, s) else { continue }
                start = known
            } else if suffixEnd != nil {
                start = scan.bodyStemStart(endingAt: position, maximum: longestStem).flatMap { $0 < position - 1 ? $0 : nil }
            } else {
                start = nil
            }
            guard let start else { continue }
            result.append(Candidate(
                range: ScalarRange(start, suffixEnd ?? close + 1), label: .enterprise, priority: Priority.enterprise,
                provenance: "rule:enterprise-seat"
            ))
            position = close
        }
        return result
    }

    private static let longestStem = 16

    /// Whether a company's legal form (公司, 合作社, 家庭农场) ends at `end`.
    private static func endsWithLegalForm(_ end: Int, _ s: [Unicode.Scalar]) -> Bool {
        guard end >= 2 else { return false }
        let last = (s[end - 2], s[end - 1])
        return last == ("公", "司") || last == ("作", "社") || last == ("农", "场")
    }

    /// The position of the closing bracket when a listed place fills the brackets opened at
    /// `open` (`（上海）`, `(中国)`), or nil.
    private static func placeInBrackets(from open: Int, _ scan: ArticleScan) -> Int? {
        let s = scan.scalars
        guard open + 2 < s.count else { return nil }
        for close in (open + 2)..<min(s.count, open + 2 + longestPlace) where s[close] == "）" || s[close] == ")" {
            guard scan.earliestKnownPlaceStart(endingAt: close, startingIn: (open + 1)..<(open + 2)) == open + 1 else { return nil }
            return close
        }
        return nil
    }

    private static let longestPlace = 8

    /// The end of a company suffix that starts at `start` (有限公司, 股份有限公司), or nil.
    private static func legalFormEnd(after start: Int, _ scan: ArticleScan) -> Int? {
        guard start < scan.count else { return nil }
        return scan.matches(.enterpriseSuffix, startingAt: start).map(\.end).max()
    }
}
