import NewsGraphCore

/// A county named in full in an article is often named again without its 县 (`阳城县` …
/// `推动阳城高质量发展`): the stem, two characters or more, is a place wherever else it stands
/// in that article and no longer name covers it. A county's stem is never looked for in an
/// article that does not name the county in full, and a stem of one character (`绛` of `绛县`)
/// is never taken alone. The paper's own county (`RecognitionResources.homeCounty`) is looked for
/// in every article, and wins ties as its towns do (`丰宁` of `丰宁县城` is no `宁县`); followed by
/// `县` where that is not its full name, the county is named with it (`丰宁县` of `丰宁满族自治县`).
/// So are the other counties of its prefecture and the county-level cities of its province,
/// which a county paper names bare as well (`新绛`, `闻喜`, `侯马` in a 绛县 paper:
/// `rule:place.neighbour-county`), where they are no common word.
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
        if let home = scan.resources.homeCounty, let bare = home.bare {
            result += homeCandidates(home, bare: bare, in: scan)
        }
        result += neighbourCandidates(in: scan, except: stems)
        return result
    }

    /// The places that name a county of the paper's county's prefecture by its bare name, where
    /// the lexicon finds a county's stem (not where its full name starts, nor a stem in `stems`).
    /// - Complexity: O(n + s·c) for s county stems in the text and c neighbouring counties.
    private static func neighbourCandidates(in scan: ArticleScan, except stems: [[Unicode.Scalar]]) -> [Candidate] {
        let neighbours = scan.resources.neighbourCounties
        guard !neighbours.isEmpty else { return [] }
        var result: [Candidate] = []
        for start in 0..<scan.count where scan.hasMatch(.countyStem, startingAt: start) {
            for match in scan.matches(.countyStem, startingAt: start) {
                let text = scan.scalars[match.start..<match.end]
                guard let neighbour = neighbours.first(where: { $0.bare.map(text.elementsEqual) ?? false }),
                      !stems.contains(where: text.elementsEqual), !scan.scalars[start...].starts(with: neighbour.full)
                else { continue }
                result.append(Candidate(
                    range: ScalarRange(match.start, match.end), label: .place, priority: Priority.countyShortName,
                    provenance: "rule:place.neighbour-county"
                ))
            }
        }
        return result
    }

    /// The places that name the paper's own county by its bare name.
    private static func homeCandidates(_ home: HomeCountyName, bare: [Unicode.Scalar], in scan: ArticleScan) -> [Candidate] {
        let scalars = scan.scalars
        var result: [Candidate] = []
        for range in scalars.occurrences(of: bare, where: { !scalars[$0.start...].starts(with: home.full) }) {
            let withLevel = range.end < scalars.count && scalars[range.end] == "县"
            result.append(Candidate(
                range: withLevel ? ScalarRange(range.start, range.end + 1) : range, label: .place,
                priority: Priority.homePlace, provenance: "rule:place.home-county"
            ))
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
