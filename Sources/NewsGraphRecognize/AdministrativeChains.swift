import NewsGraphCore

/// Administrative chains written solid: a province or a city and the city, county or district
/// inside it written right after it are one place (`山西绛县`, `山西省运城市`, `运城市盐湖区`,
/// `河南洛阳`), as the county papers' readers and CLUENER take them; People's Daily writes its
/// parts apart. Towns and villages stay places of their own (`横水镇` `新庄村`).
enum AdministrativeChains {
    /// A division found in the text: where, and its level.
    struct Division {
        var range: ScalarRange
        var type: PlaceType
    }

    /// One candidate for each longest chain of two divisions or more among `divisions`, each part
    /// of a lower level than the one before it.
    /// - Complexity: O(d log d) for d divisions.
    static func candidates(_ divisions: [Division]) -> [Candidate] {
        guard divisions.count >= 2 else { return [] }
        let byStart = Dictionary(grouping: divisions.filter { rank($0.type) != nil }, by: \.range.start)
        var result: [Candidate] = []
        var covered = Set<Int>()
        for first in heads(divisions) where !covered.contains(first.range.start) {
            guard let firstRank = rank(first.type) else { continue }
            var end = first.range.end
            var lastRank = firstRank
            while let next = byStart[end]?.filter({ (rank($0.type) ?? 0) > lastRank }).max(by: { $0.range.count < $1.range.count }) {
                covered.insert(next.range.start)
                end = next.range.end
                lastRank = rank(next.type) ?? lastRank
            }
            guard end > first.range.end else { continue }
            result.append(Candidate(
                range: ScalarRange(first.range.start, end), label: .place, priority: Priority.gazetteerPlace,
                provenance: "rule:place-chain"
            ))
        }
        return result
    }

    /// The divisions that may head a chain (provinces and cities), one per start, by start: the
    /// longest there, and of two as long the higher level (吉林 the province, not the city), so
    /// that a chain never reads on from inside a name (运城市 + 中小学, not 运城 + 市中 of 市中区).
    private static func heads(_ divisions: [Division]) -> [Division] {
        let byStart = Dictionary(grouping: divisions.filter { (rank($0.type) ?? 2) < 2 }, by: \.range.start)
        return byStart.keys.sorted().compactMap { start in
            byStart[start]?.max { ($0.range.count, -(rank($0.type) ?? 0)) < ($1.range.count, -(rank($1.type) ?? 0)) }
        }
    }

    /// The order of the levels a chain runs down (province, city, then county or district), or
    /// nil for a level that takes no part in one.
    private static func rank(_ type: PlaceType) -> Int? {
        switch type {
        case .province: 0
        case .city: 1
        case .county, .district: 2
        default: nil
        }
    }
}
