import NewsGraphCore

/// A sight named in full with an area suffix flagged `short-form` in `place_suffixes.tsv`
/// (`皇城相府景区`, `红旗渠风景区`) is often named again without it (`皇城相府是阳城文旅产业的金字招牌`).
/// Each such name of three characters or more is a place wherever else it stands in the
/// article, where no longer or stronger mention covers it. A name is never looked for in an
/// article that does not name the sight in full.
enum SightShortNames {
    /// The shortest name taken alone: two characters (`蟒河` of `蟒河景区`) are too often a river
    /// or a word.
    static let shortestName = 3

    /// Short-name candidates for the places among `chosen` that end with a `short-form` suffix.
    /// - Complexity: O(n·f) for f distinct names (few per article).
    static func candidates(for chosen: [Candidate], in scan: ArticleScan) -> [Candidate] {
        var names: [[Unicode.Scalar]] = []
        for place in chosen where place.label == .place && scan.hasMatch(.placeSuffix, endingAt: place.range.end) {
            for suffix in scan.matches(.placeSuffix, endingAt: place.range.end)
            where scan.entry(suffix).flags.contains(.shortForm) && suffix.start - place.range.start >= shortestName {
                let name = Array(scan.scalars[place.range.start..<suffix.start])
                if !names.contains(name) { names.append(name) }
            }
        }
        return ShortFormOccurrences.candidates(
            of: names, in: scan.scalars, chosen: chosen,
            label: .place, priority: Priority.sightShortName, provenance: "rule:place.short-name"
        )
    }
}
