import NewsGraphCore

/// The edges of a run's graph in memory: an open-addressing hash table from a pair of entity
/// numbers packed in a `UInt64` to a 40-byte `CorpusGraph.Edge`, 48 bytes a slot.
///
/// The table doubles as it fills, up to `maximumSlots`; then it is `full`, and its owner
/// `drain`s it (sorted) to a run on disk before adding more.
struct EdgeTable {
    /// One slot: a packed pair and its edge, `EdgeTable.vacant` as key when unused.
    struct Slot {
        var key: UInt64
        var edge: CorpusGraph.Edge
    }

    /// The key of an unused slot; no pair packs to it, since entity numbers are below `Int32.max`.
    static let vacant = UInt64.max

    private var slots: [Slot]
    /// Number of used slots.
    private(set) var count = 0
    /// The capacity the table stops growing at (a power of two); nil for no limit.
    let maximumSlots: Int?

    /// An empty table that grows up to `maximumSlots` slots (rounded up to a power of two).
    init(maximumSlots: Int?) {
        self.maximumSlots = maximumSlots.map { max(1 << 10, 1 << (Int.bitWidth - ($0 - 1).leadingZeroBitCount)) }
        slots = Array(repeating: Slot(key: EdgeTable.vacant, edge: CorpusGraph.Edge(sentences: 0, articles: 0)), count: min(1 << 10, self.maximumSlots ?? .max))
    }

    /// The packed key of the pair of entity numbers `a` and `b`, in either order.
    static func key(_ a: Int32, _ b: Int32) -> UInt64 {
        let (low, high) = a < b ? (a, b) : (b, a)
        return UInt64(UInt32(low)) << 32 | UInt64(UInt32(high))
    }

    /// The two numbers packed in `key`, as `key(_:_:)` or a re-keying put them.
    static func ends(of key: UInt64) -> (Int32, Int32) {
        (Int32(truncatingIfNeeded: key >> 32), Int32(truncatingIfNeeded: key))
    }

    /// Whether adding a pair could need more than `maximumSlots`: drain the table first.
    var isFull: Bool {
        guard let maximumSlots else { return false }
        return count >= maximumSlots / 4 * 3
    }

    /// Adds `edge` to the edge of `key`, inserting it when new.
    /// - Precondition: `!isFull`.
    mutating func merge(_ edge: CorpusGraph.Edge, at key: UInt64) {
        if count >= slots.count / 4 * 3 { grow() }
        let mask = slots.count - 1
        var index = Self.hash(key, bits: mask.nonzeroBitCount)
        while true {
            let found = slots[index].key
            if found == key {
                slots[index].edge.merge(edge)
                return
            }
            if found == EdgeTable.vacant {
                slots[index] = Slot(key: key, edge: edge)
                count += 1
                return
            }
            index = (index + 1) & mask
        }
    }

    /// Calls `body` with every pair and edge, in no particular order.
    func forEach(_ body: (UInt64, CorpusGraph.Edge) -> Void) {
        for slot in slots where slot.key != EdgeTable.vacant { body(slot.key, slot.edge) }
    }

    /// Hands the edges to `body` with their keys replaced by `rekey(key)` (those it gives nil are
    /// left out) and sorted by the new keys, then empties the table. No copy is made: the slots
    /// are compacted and sorted in place.
    mutating func drain<Failure: Error>(
        rekey: (UInt64) -> UInt64?, _ body: (UnsafeMutableBufferPointer<Slot>) throws(Failure) -> Void
    ) throws(Failure) {
        defer { count = 0 }
        try slots.withUnsafeMutableBufferPointer { (all) throws(Failure) in
            defer { for index in all.indices { all[index].key = EdgeTable.vacant } }
            var used = 0
            for index in all.indices where all[index].key != EdgeTable.vacant {
                guard let key = rekey(all[index].key) else { continue }
                all[used] = Slot(key: key, edge: all[index].edge)
                used += 1
            }
            var sorted = UnsafeMutableBufferPointer(rebasing: all[..<used])
            sorted.sort { $0.key < $1.key }
            try body(sorted)
        }
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: Slot(key: EdgeTable.vacant, edge: CorpusGraph.Edge(sentences: 0, articles: 0)), count: old.count * 2)
        count = 0
        for slot in old where slot.key != EdgeTable.vacant { merge(slot.edge, at: slot.key) }
    }

    /// A slot index of `bits` bits: the top bits of a multiplicative hash of both numbers.
    private static func hash(_ key: UInt64, bits: Int) -> Int {
        Int(truncatingIfNeeded: ((key ^ key >> 32) &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - bits))
    }
}
