import NewsGraphCore

/// Finds street addresses as one place: places written one after another, a road and a house
/// number (`绛县古绛镇涑水街15号`, `上海市虹口区甜爱支路23号2楼`), or a road and a number alone
/// (`南京路86号`). An address is where something is; its parts are not places of their own there.
///
/// The road is two to six Han characters ending in 路, 街, 道 or 巷 (after a place, one: 南京 +
/// 路), right before the number; after 号 a building and its floor, storey or room (`2楼`,
/// `理想国际大厦8层`) belong to the address too. People's Daily has few such addresses; CLUENER
/// and county papers write them as one place.
enum AddressPlaces {
    /// The provenance of an address: a place, but no scope of the body written after it.
    static let provenance = "rule:place-address"

    /// Address candidates in `scan`, given the `places` found so far.
    /// - Complexity: O(n + p) for n scalars and p places.
    static func candidates(in scan: ArticleScan, places: [Candidate]) -> [Candidate] {
        let s = scan.scalars
        // `placeStart[i]`: the earliest start of a chain of places ending at i, or -1; built on
        // the first house number.
        var placeStart: [Int32] = []
        func chainPlaces() {
            placeStart = [Int32](repeating: -1, count: scan.count + 1)
            for place in places.sorted(by: { $0.range.start < $1.range.start }) where place.range.count >= 2 {
                let first = placeStart[place.range.start] >= 0 ? placeStart[place.range.start] : Int32(place.range.start)
                if placeStart[place.range.end] < 0 || placeStart[place.range.end] > first { placeStart[place.range.end] = first }
            }
        }
        var result: [Candidate] = []
        var position = 1
        while position < s.count {
            defer { position += 1 }
            // A house number: a road character, digits, 号.
            guard isDigit(s[position]), isRoadEnd(s[position - 1]) else { continue }
            var numberEnd = position
            while numberEnd < s.count, isDigit(s[numberEnd]) { numberEnd += 1 }
            guard numberEnd < s.count, s[numberEnd] == "号" else { continue }
            if placeStart.isEmpty { chainPlaces() }
            guard let start = roadStart(endingAt: position, placeStart, scan) else { continue }
            let end = floorEnd(after: numberEnd + 1, scan)
            result.append(Candidate(
                range: ScalarRange(start, end), label: .place, priority: Priority.suffixPlace, provenance: provenance
            ))
            position = numberEnd
        }
        return result
    }

    /// Words that begin a body's name: a level or an organ (县委, 县政府).
    private static let bodyWords: LexRoleMask = [.titleScope, .titleOrgan, .orgName]

    /// The end of the address after its house number: the longest run of Han characters,
    /// digits and letters with no stop and no body's name that ends in a floor, storey or room
    /// (`2楼`, `理想国际大厦8层`, `a座22层a室`; not `8号` + `县委组织部干部监督室`), or `end` itself.
    private static func floorEnd(after end: Int, _ scan: ArticleScan) -> Int {
        let s = scan.scalars
        var result = end
        var position = end
        while position < s.count, position - end < longestFloor, s[position].isHan || isDigit(s[position]) || s[position].isASCIILetter,
              !scan.hasMatch(.stop, startingAt: position), !scan.hasMatch(bodyWords, startingAt: position) {
            if isUnitWord(s[position]) { result = position + 1 }
            position += 1
        }
        return result
    }

    private static let longestFloor = 16

    private static func isRoadEnd(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "路" || scalar == "街" || scalar == "道" || scalar == "巷"
    }

    private static func isUnitWord(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "楼" || scalar == "层" || scalar == "室"
    }
    private static let longestRoad = 6

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        (0x30...0x39).contains(scalar.value) || (0xFF10...0xFF19).contains(scalar.value)
    }

    /// The start of the address whose road ends at `end`: the places right before the road, or
    /// the road's own stem from a boundary; nil when the road is not two to six Han characters
    /// (after a place, one to six) free of stops.
    private static func roadStart(endingAt end: Int, _ placeStart: [Int32], _ scan: ArticleScan) -> Int? {
        let s = scan.scalars
        var start = end - 1
        while start > 0, end - start < longestRoad, s[start - 1].isHan, placeStart[start] < 0, !scan.nameMayStart[start] {
            start -= 1
        }
        let bounded = start == 0 || placeStart[start] >= 0 || scan.nameMayStart[start] || !s[start - 1].isHan
        // After a place the road may be its last character only (南京 + 路).
        guard bounded, end - start >= (placeStart[start] >= 0 ? 1 : 2), s[start..<end].allSatisfy(\.isHan),
              !(start..<end).contains(where: { scan.hasMatch(.stop, startingAt: $0) }) else { return nil }
        return placeStart[start] >= 0 ? Int(placeStart[start]) : start
    }
}
