import NewsGraphCore

/// A county named in full in an article is often named again without its 县 (`阳城县` …
/// `推动阳城高质量发展`): the stem, two characters or more, is a place wherever else it stands
/// in that article and no longer name covers it. A county's stem is never looked for in an
/// article that does not name the county in full, and a stem of one character (`绛` of `绛县`)
/// is never taken alone.
enum CountyShortNames {
    /// The shortest stem taken alone.
    static let shortestStem = 2

    /// Short-name candidates for the counties among `places` (listed places, in any order).
    /// - Complexity: O(n·c) for c distinct counties named in the article.
    static func candidates(in scan: ArticleScan, places: [Candidate]) -> [Candidate] {
        var stems: [[Unicode.Scalar]] = []
        for place in places where isListedCounty(place, scan) {
            let stem = Array(scan.scalars[place.range.start..<place.range.end - 1])
            if !stems.contains(stem) { stems.append(stem) }
        }
        var result: [Candidate] = []
        for stem in stems {
            // Not the county's full name (阳城 of 阳城县).
            for range in scan.scalars.occurrences(of: stem, where: { $0.end == scan.count || scan.scalars[$0.end] != "县" }) {
                result.append(Candidate(
                    range: range, label: .place, priority: Priority.countyShortName, provenance: "rule:place.county-short-name"
                ))
            }
        }
        return result
    }

    /// Whether `place` is a county from a list (a gazetteer or `places_china.tsv`, not the
    /// suffix rule) whose stem is long enough to stand alone.
    private static func isListedCounty(_ place: Candidate, _ scan: ArticleScan) -> Bool {
        place.range.count > shortestStem && scan.scalars[place.range.end - 1] == "县"
            && (place.priority == Priority.gazetteerPlace || place.priority == Priority.homePlace)
    }
}
