import NewsGraphCore

/// Finds one-character place abbreviations where their context leaves no doubt
/// (`place_abbreviations.tsv`): a run of two to four abbreviations before a word such as 关系,
/// 两国 or 双方 (`[中][美]关系`, `[印][巴]两国`; not a doubled measure word: `一台台联合收割机`),
/// and a host character after a verb of coming, staying or facing (`访[华]`, `在[京]召开`).
/// Alone, `中` or `美` is never a place.
struct PlaceAbbreviations {
    /// The longest run of abbreviations read as a list of places.
    static let longestRun = 4
    private static let roles: LexRoleMask = [.placeAbbreviation, .placeHost]

    /// Whether some character stands twice in `run`.
    private static func repeatsCharacter(_ run: ArraySlice<Unicode.Scalar>) -> Bool {
        run.indices.contains { index in run[(index + 1)...].contains(run[index]) }
    }

    /// Abbreviation candidates in `scan`.
    /// - Complexity: O(n) over the lexical matches.
    func candidates(in scan: ArticleScan) -> [Candidate] {
        var result: [Candidate] = []
        var position = 0
        while position < scan.count {
            guard scan.hasMatch(Self.roles, startingAt: position) else {
                position += 1
                continue
            }
            var end = position
            while end < scan.count, end - position < Self.longestRun, scan.hasMatch(.placeAbbreviation, startingAt: end) {
                end += 1
            }
            // A character written twice is a doubled measure word (一台台联合收割机), no pair.
            if end - position >= 2, scan.hasMatch(.abbreviationPairNext, startingAt: end),
               position == 0 || !scan.hasMatch(.placeAbbreviation, startingAt: position - 1),
               !Self.repeatsCharacter(scan.scalars[position..<end]) {
                for index in position..<end {
                    result.append(candidate(index, scan, rule: "rule:place-abbreviation.pair"))
                }
                position = end
                continue
            }
            if scan.hasMatch(.placeHost, startingAt: position),
               let host = scan.matches(.placeHost, startingAt: position).first,
               !scan.matches(.abbreviationHostVerb, endingAt: position).isEmpty,
               !scan.isInsideNonPlaceWord(position, position + 1) {
                result.append(candidate(position, scan, rule: "rule:place-abbreviation.host(\(scan.provenance(host)))"))
            }
            position += 1
        }
        return result
    }

    private func candidate(_ position: Int, _ scan: ArticleScan, rule: String) -> Candidate {
        Candidate(range: ScalarRange(position, position + 1), label: .place, priority: Priority.suffixPlace, provenance: rule)
    }
}
