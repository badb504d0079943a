import NewsGraphCore

/// Villages named by one character and 村 (`梁村`, `乔村`): too short for the gazetteer's table
/// (`东村`, `新村` stand in any text), such a village is a place right after a town of its county
/// (`岳壁乡梁村`), and then wherever its name stands again in that article (`梁村共接待…`).
enum ShortVillageChains {
    /// Village candidates after the towns among `places` (which must hold the town's exact range).
    /// - Complexity: O(t + n·v) for t gazetteer matches and v villages found.
    static func candidates(in scan: ArticleScan, places: [Candidate]) -> [Candidate] {
        let gazetteer = scan.resources.gazetteer
        let scalars = scan.scalars
        var placeRanges: Set<ScalarRange>?
        var result: [Candidate] = []
        var names: [[Unicode.Scalar]] = []
        for match in scan.gazetteerMatches where match.end + 1 < scalars.count && scalars[match.end + 1] == "村" {
            let end = match.end
            // The places' ranges are gathered only for an article that has such a town and 村.
            if placeRanges == nil { placeRanges = Set(places.map(\.range)) }
            guard gazetteer.level(match.entry) == .town, placeRanges?.contains(ScalarRange(match.start, end)) == true,
                  let provenance = gazetteer.shortVillageProvenance(county: gazetteer.county(match.entry), stem: scalars[end])
            else { continue }
            result.append(Candidate(
                range: ScalarRange(end, end + 2), label: .place,
                priority: gazetteer.isHome(match.entry) ? Priority.homePlace : Priority.gazetteerPlace, provenance: provenance
            ))
            let name = Array(scalars[end..<end + 2])
            if !names.contains(name) { names.append(name) }
        }
        return result + ShortFormOccurrences.candidates(
            of: names, in: scalars, chosen: result, label: .place, priority: Priority.shortVillageAgain,
            provenance: "rule:place.short-village"
        )
    }
}
