/// A trie of dictionary terms over Unicode scalars that reports every term starting at a
/// position: the gazetteer automaton of the recogniser.
///
/// Transitions live in one hash table keyed by (node, scalar), with a dense array for the
/// root's children in the Basic Multilingual Plane, so the common case (no term starts here)
/// costs one array read. The entries of each node are a linked list in flat arrays: walking
/// the trie touches no nested array (and so no reference count shared between workers).
public struct Lexicon: Sendable {
    /// Root children for scalars below U+10000; -1 where there is none.
    private var rootChildren: [Int32]
    /// (node << 32 | scalar) → child node, for every other transition.
    private var transitions = TransitionTable()
    /// Per node, the first and last of its entries in `entrySlots` (-1: none, an inner node).
    private var firstEntry: [Int32] = [-1]
    private var lastEntry: [Int32] = [-1]
    /// The entries of all nodes, each linked to the next entry of the same node.
    private var entrySlots: [EntrySlot] = []
    /// Length in scalars of the longest term.
    public private(set) var longestTerm = 0

    /// One entry of a node: its id and tag, read together when a term is found.
    private struct EntrySlot {
        var entry: Int32
        /// The index of the next entry of the same node (-1: the last).
        var next: Int32
        var tag: UInt8
    }

    public init() {
        rootChildren = [Int32](repeating: -1, count: 0x10000)
    }

    /// Adds `term` with the entry id `entry` and a `tag` that `forEachTaggedMatch` reports with
    /// it (the recognisers' lexicon keeps each entry's role there). Empty terms are ignored.
    public mutating func insert(_ term: String, entry: Int32, tag: UInt8 = 0) {
        var node: Int32 = 0
        var length = 0
        for scalar in term.unicodeScalars {
            length += 1
            if let child = child(of: node, scalar) {
                node = child
                continue
            }
            let created = Int32(firstEntry.count)
            firstEntry.append(-1)
            lastEntry.append(-1)
            if node == 0 && scalar.value < 0x10000 {
                rootChildren[Int(scalar.value)] = created
            } else {
                transitions.set(created, for: Lexicon.key(node, scalar))
            }
            node = created
        }
        guard length > 0 else { return }
        let added = Int32(entrySlots.count)
        entrySlots.append(EntrySlot(entry: entry, next: -1, tag: tag))
        if lastEntry[Int(node)] >= 0 { entrySlots[Int(lastEntry[Int(node)])].next = added } else { firstEntry[Int(node)] = added }
        lastEntry[Int(node)] = added
        longestTerm = max(longestTerm, length)
    }

    @inline(__always)
    private static func key(_ node: Int32, _ scalar: Unicode.Scalar) -> UInt64 {
        UInt64(UInt32(bitPattern: node)) << 32 | UInt64(scalar.value)
    }

    @inline(__always)
    private func child(of node: Int32, _ scalar: Unicode.Scalar) -> Int32? {
        if node == 0 && scalar.value < 0x10000 {
            let child = rootChildren[Int(scalar.value)]
            return child < 0 ? nil : child
        }
        return transitions.value(for: Lexicon.key(node, scalar))
    }

    /// Calls `body(end, entry)` for every term that starts at `start` in `scalars`, shortest first.
    /// - Complexity: O(k), k the length of the longest term that starts there.
    public func forEachMatch(in scalars: [Unicode.Scalar], at start: Int, _ body: (Int, Int32) -> Void) {
        scalars.withUnsafeBufferPointer { forEachMatch(in: $0, at: start, body) }
    }

    /// Calls `body(end, entry)` for every term that starts at `start` in `scalars`, shortest first.
    /// - Complexity: O(k), k the length of the longest term that starts there.
    @inline(__always)
    public func forEachMatch(in scalars: UnsafeBufferPointer<Unicode.Scalar>, at start: Int, _ body: (Int, Int32) -> Void) {
        forEachTaggedMatch(in: scalars, at: start) { end, entry, _ in body(end, entry) }
    }

    /// Calls `body(end, entry, tag)` for every term that starts at `start` in `scalars`, shortest
    /// first.
    /// - Complexity: O(k), k the length of the longest term that starts there.
    @inline(__always)
    public func forEachTaggedMatch(in scalars: UnsafeBufferPointer<Unicode.Scalar>, at start: Int, _ body: (Int, Int32, UInt8) -> Void) {
        var node: Int32 = 0
        var index = start
        while index < scalars.count {
            guard let next = child(of: node, scalars[index]) else { return }
            node = next
            index += 1
            var slot = firstEntry[Int(node)]
            while slot >= 0 {
                let found = entrySlots[Int(slot)]
                body(index, found.entry, found.tag)
                slot = found.next
            }
        }
    }

    /// The entry ids of exactly `term`, if it is in the lexicon.
    public func entries(of term: String) -> [Int32] {
        var node: Int32 = 0
        for scalar in term.unicodeScalars {
            guard let next = child(of: node, scalar) else { return [] }
            node = next
        }
        var found: [Int32] = []
        var slot = firstEntry[Int(node)]
        while slot >= 0 {
            found.append(entrySlots[Int(slot)].entry)
            slot = entrySlots[Int(slot)].next
        }
        return found
    }
}
