import NewsGraphCore

/// Villages named by one character and 村 (`梁村`, `乔村`): too short for the gazetteer's table
/// (`东村`, `新村` stand in any text), such a village is a place right after a town of its county
/// (`岳壁乡梁村`, also after its 的: `师庄乡的周村`), and then wherever its name stands again in
/// that article (`梁村共接待…`).
/// One of the paper's own county is also a place where it stands apart (`在史村,`,
/// `张村党支部`): after a mark, a line's start or a word that leads to a place (`在`, `到`, `和`, `的`),
/// and before no character that makes it part of a longer word (`陈村镇`, `张村长`, `村民`).
enum ShortVillageChains {
    /// Village candidates after the towns among `places` (which must hold the town's exact range).
    /// - Complexity: O(t + n·v) for t gazetteer matches and v villages found.
    static func candidates(in scan: ArticleScan, places: [Candidate]) -> [Candidate] {
        let gazetteer = scan.resources.gazetteer
        let scalars = scan.scalars
        var placeRanges: Set<ScalarRange>?
        var result: [Candidate] = []
        var names: [[Unicode.Scalar]] = []
        for match in scan.gazetteerMatches {
            // The village's character, right after the town or after its 的 (`师庄乡的周村`).
            let stem = match.end < scalars.count && scalars[match.end] == "的" ? match.end + 1 : match.end
            guard stem + 1 < scalars.count, scalars[stem + 1] == "村" else { continue }
            // The places' ranges are gathered only for an article that has such a town and 村.
            if placeRanges == nil { placeRanges = Set(places.map(\.range)) }
            guard gazetteer.level(match.entry) == .town, placeRanges?.contains(ScalarRange(match.start, match.end)) == true,
                  let provenance = gazetteer.shortVillageProvenance(county: gazetteer.county(match.entry), stem: scalars[stem])
            else { continue }
            result.append(Candidate(
                range: ScalarRange(stem, stem + 2), label: .place,
                priority: gazetteer.isHome(match.entry) ? Priority.homePlace : Priority.gazetteerPlace, provenance: provenance
            ))
            let name = Array(scalars[stem..<stem + 2])
            if !names.contains(name) { names.append(name) }
        }
        result += homeVillagesStandingApart(in: scalars, gazetteer)
        return result + ShortFormOccurrences.candidates(
            of: names, in: scalars, chosen: result, label: .place, priority: Priority.shortVillageAgain,
            provenance: "rule:place.short-village"
        )
    }

    /// The characters before a short village that let it stand apart: they lead to a place.
    private static let leadingWords: ScalarSet = ["在", "到", "和", "与", "及", "赴", "的"]
    /// The characters after 村 that make a short village part of a longer word: a town (陈村镇),
    /// a village's head or people (村长, 村民), a level (村级), or a longer name (张村里, 范村庄).
    private static let continuingCharacters: ScalarSet = ["镇", "乡", "长", "民", "级", "里", "庄", "务", "办", "子", "口", "头"]

    /// The paper's own county's short villages that stand apart in `scalars`.
    /// - Complexity: O(n).
    private static func homeVillagesStandingApart(in scalars: [Unicode.Scalar], _ gazetteer: Gazetteer) -> [Candidate] {
        var result: [Candidate] = []
        for end in scalars.indices.dropFirst() where scalars[end] == "村" {
            let start = end - 1
            let before = start > 0 ? scalars[start - 1] : "\n"
            let after = end + 1 < scalars.count ? scalars[end + 1] : "\n"
            guard !before.isHan || leadingWords.contains(before), !continuingCharacters.contains(after),
                  scalars[start].isHan, let provenance = gazetteer.homeShortVillageProvenance(stem: scalars[start])
            else { continue }
            result.append(Candidate(
                range: ScalarRange(start, end + 1), label: .place, priority: Priority.homePlace, provenance: provenance
            ))
        }
        return result
    }
}
