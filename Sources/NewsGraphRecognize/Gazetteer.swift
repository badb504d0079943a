/// The towns and villages of the national gazetteers (`横水镇`, `新庄村`), matched only by their
/// full mention form, so a bare stem (`新庄`) never matches.
///
/// Built for 600,000 names: the names live in one scalar array, each entry is a few integers,
/// and an open-addressing table maps a name's hash to its entry. A name is looked up only where
/// an article has one of the names' last characters (村, 镇, 乡, 区 of 社区 …), reading leftwards
/// from there, so articles without such characters cost nothing.
public struct Gazetteer: Sendable {
    /// The administrative level of a division.
    public enum Level: UInt8, Sendable {
        case province, city, county, town, village

        /// The place type of a division of this level.
        public var placeType: PlaceType {
            switch self {
            case .province: .province
            case .city: .city
            case .county: .county
            case .town: .town
            case .village: .village
            }
        }
    }

    /// One name: where its scalars are, what it is and where it was read.
    struct Entry: Sendable {
        var nameStart: UInt32
        var nameLength: UInt8
        var level: Level
        /// In the paper's own county (`--county`).
        var isHome: Bool
        var source: UInt16
        var line: UInt32
        /// The county-level code (six digits) it belongs to, 0 when unknown.
        var county: UInt32
    }

    /// One occurrence of a name in an article.
    struct Match {
        var start: Int
        var end: Int
        var entry: Int32
    }

    /// Fewest scalars of a name (a two-character stem and a suffix).
    static let shortestName = 3

    private var names: [Unicode.Scalar] = []
    private var entries: [Entry] = []
    private var sources: [String] = []
    /// Open addressing: entry index per slot, -1 when empty; the entry's hash beside it.
    private var slots: [Int32] = []
    private var slotHashes: [UInt32] = []
    /// One bit per BMP scalar that ends some name.
    private var lastScalars = [UInt64](repeating: 0, count: 1024)
    private var longestName = 0
    /// Number of distinct names in the table.
    public private(set) var count = 0
    /// Villages of one character and 村 (梁村), by county and character (`shortVillageKey`), with
    /// the source and line they were read from: too short to match alone, they are taken only
    /// right after a town of their county (`ShortVillageChains`).
    private var shortVillages: [UInt64: (source: UInt16, line: UInt32)] = [:]
    /// The county-level codes of the paper's own county, ascending (`buildTable(home:)`).
    private var homeCounties: [UInt32] = []

    public init() {}

    /// Whether no name was loaded.
    public var isEmpty: Bool { entries.isEmpty }

    /// The provenance of an entry: `nbs2021_villages.csv:12345`.
    func provenance(_ entry: Int32) -> String {
        let item = entries[Int(entry)]
        return "\(sources[Int(item.source)]):\(item.line)"
    }

    /// The county-level code an entry belongs to (0 when unknown).
    func county(_ entry: Int32) -> UInt32 { entries[Int(entry)].county }

    /// Where the village of `county` named `stem` and 村 was read (`nbs2021_villages.csv:12345`),
    /// if one was.
    func shortVillageProvenance(county: UInt32, stem: Unicode.Scalar) -> String? {
        guard let found = shortVillages[Self.shortVillageKey(county, stem)] else { return nil }
        return "\(sources[Int(found.source)]):\(found.line)"
    }

    /// Where the paper's own county's village named `stem` and 村 was read, if it has one.
    func homeShortVillageProvenance(stem: Unicode.Scalar) -> String? {
        for county in homeCounties {
            if let provenance = shortVillageProvenance(county: county, stem: stem) { return provenance }
        }
        return nil
    }

    private static func shortVillageKey(_ county: UInt32, _ stem: Unicode.Scalar) -> UInt64 {
        UInt64(county) << 21 | UInt64(stem.value)
    }

    /// Whether an entry lies in the paper's own county.
    func isHome(_ entry: Int32) -> Bool { entries[Int(entry)].isHome }

    /// The level of an entry.
    func level(_ entry: Int32) -> Level { entries[Int(entry)].level }

    /// Calls `body` for every name that occurs in `scalars`, by end position, shorter first.
    /// - Complexity: O(e·L) for e positions holding a last character of some name and L the
    ///   longest name; O(n) bit tests otherwise.
    func forEachMatch(in scalars: [Unicode.Scalar], _ body: (Match) -> Void) {
        guard !entries.isEmpty, !scalars.isEmpty else { return }
        for end in 1...scalars.count where endsSomeName(scalars[end - 1]) {
            var hash = Self.hashSeed
            var start = end
            while start > 0, end - start < longestName {
                start -= 1
                let scalar = scalars[start]
                guard scalar.isHan else { break }
                hash = Self.step(hash, scalar)
                if end - start >= Self.shortestName, let entry = lookup(hash, scalars[start..<end]) {
                    body(Match(start: start, end: end, entry: entry))
                }
            }
        }
    }

    @inline(__always)
    private func endsSomeName(_ scalar: Unicode.Scalar) -> Bool {
        let value = Int(scalar.value)
        guard value < 0x10000 else { return false }
        return lastScalars[value >> 6] & (1 << UInt64(value & 63)) != 0
    }

    private func lookup(_ hash: UInt32, _ name: ArraySlice<Unicode.Scalar>) -> Int32? {
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while slots[slot] >= 0 {
            if slotHashes[slot] == hash, sameName(slots[slot], name) { return slots[slot] }
            slot = (slot + 1) & mask
        }
        return nil
    }

    private func sameName(_ entry: Int32, _ name: ArraySlice<Unicode.Scalar>) -> Bool {
        let item = entries[Int(entry)]
        guard Int(item.nameLength) == name.count else { return false }
        var index = Int(item.nameStart)
        for scalar in name {
            if names[index] != scalar { return false }
            index += 1
        }
        return true
    }

    // MARK: Building

    static let hashSeed: UInt32 = 2_166_136_261

    /// FNV-1a over scalar values, fed from the last scalar of a name to the first.
    @inline(__always)
    static func step(_ hash: UInt32, _ scalar: Unicode.Scalar) -> UInt32 {
        (hash ^ scalar.value) &* 16_777_619
    }

    /// Registers a source file name and returns its index.
    mutating func addSource(_ name: String) -> UInt16 {
        sources.append(name)
        return UInt16(sources.count - 1)
    }

    /// Adds the name made of the first `length` scalars of `name` and `suffix`. Call
    /// `buildTable(home:)` once after the last one.
    mutating func append(
        _ name: [Unicode.Scalar], length: Int, suffix: [Unicode.Scalar], level: Level, source: UInt16, line: Int, county: UInt32
    ) {
        let total = length + suffix.count
        guard total >= Self.shortestName, total <= Int(UInt8.max) else { return }
        entries.append(Entry(
            nameStart: UInt32(names.count), nameLength: UInt8(total), level: level, isHome: false,
            source: source, line: UInt32(line), county: county
        ))
        for index in 0..<length { names.append(name[index]) }
        names.append(contentsOf: suffix)
    }

    /// Adds the village of `county` named `stem` and 村; the first one read of a name is kept.
    mutating func appendShortVillage(stem: Unicode.Scalar, source: UInt16, line: Int, county: UInt32) {
        let key = Self.shortVillageKey(county, stem)
        if shortVillages[key] == nil { shortVillages[key] = (source, UInt32(line)) }
    }

    /// Builds the lookup table: one entry per distinct name, the paper's own county's first, then
    /// the first one read. `home` lists the county codes of the paper's own county.
    /// - Complexity: O(m) for m names.
    mutating func buildTable(home: Set<UInt32>) {
        for index in entries.indices { entries[index].isHome = home.contains(entries[index].county) }
        homeCounties = home.sorted()
        var capacity = 16
        while capacity < entries.count * 2 { capacity <<= 1 }
        slots = [Int32](repeating: -1, count: capacity)
        slotHashes = [UInt32](repeating: 0, count: capacity)
        lastScalars = [UInt64](repeating: 0, count: 1024)
        longestName = 0
        count = 0
        let mask = capacity - 1
        for index in entries.indices {
            let item = entries[index]
            let start = Int(item.nameStart)
            let name = names[start..<start + Int(item.nameLength)]
            var hash = Self.hashSeed
            for scalar in name.reversed() { hash = Self.step(hash, scalar) }
            var slot = Int(hash) & mask
            var placed = false
            while slots[slot] >= 0 {
                if slotHashes[slot] == hash, sameName(slots[slot], name) {
                    if item.isHome && !entries[Int(slots[slot])].isHome { slots[slot] = Int32(index) }
                    placed = true
                    break
                }
                slot = (slot + 1) & mask
            }
            if !placed {
                slots[slot] = Int32(index)
                slotHashes[slot] = hash
                count += 1
            }
            if let last = name.last, last.value < 0x10000 {
                lastScalars[Int(last.value) >> 6] |= 1 << UInt64(last.value & 63)
            }
            longestName = max(longestName, name.count)
        }
    }
}
