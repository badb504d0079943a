import NewsGraphCore

/// The one rule that decides which of several overlapping candidates stays: **longest first,
/// then higher priority, then earliest start, then label order**. Chosen spans never overlap.
///
/// Greedy in that order: each candidate is kept if it overlaps none kept before it. The result
/// does not depend on the order of the input and is sorted by position.
public enum OverlapPolicy {
    /// The kept candidates, sorted by start.
    /// - Complexity: O(c log c) for c candidates, plus their total length.
    public static func resolve(_ candidates: [Candidate]) -> [Candidate] {
        // Small sort keys, not the candidates themselves, are sorted (the same stable sort, so
        // the same order); the provenance is read only on a tie of everything else.
        let keys = candidates.indices.map { SortKey(candidates[$0], index: $0) }
        let ordered = keys.sorted { a, b in
            if a.rank != b.rank { return a.rank < b.rank }
            return candidates[a.index].provenance < candidates[b.index].provenance
        }
        var keptIndices: [Int] = []
        var occupied = IntervalSet()
        for key in ordered where key.count > 0 {
            if occupied.insertIfFree(candidates[key.index].range) {
                keptIndices.append(key.index)
            }
        }
        // Kept spans do not overlap: their starts differ.
        keptIndices.sort { candidates[$0].range.start < candidates[$1].range.start }
        return keptIndices.map { candidates[$0] }
    }

    /// A candidate's place in the policy's order, up to the provenance that breaks the last ties.
    private struct SortKey {
        /// Longer first, then higher priority, then earlier start, then label order.
        var rank: (Int, Int, Int, Int)
        /// The span's length: empty spans are never kept.
        var count: Int
        var index: Int

        init(_ candidate: Candidate, index: Int) {
            rank = (-candidate.range.count, -candidate.priority, candidate.range.start, candidate.label.order)
            count = candidate.range.count
            self.index = index
        }
    }
}

/// Disjoint half-open intervals over scalar offsets, with insertion that refuses overlaps.
///
/// Kept as one occupancy flag per offset: testing a range reads its flags, inserting sets them.
/// Candidate ranges are short (bounded by the recognisers' grammars), so this is linear in the
/// text, where a sorted array of intervals costs O(k) per insertion and O(k²) for a long article.
struct IntervalSet {
    private var occupied: [Bool] = []

    /// Inserts `range` if it overlaps no interval already in the set.
    /// - Complexity: O(range.count), amortised.
    mutating func insertIfFree(_ range: ScalarRange) -> Bool {
        if occupied.count < range.end {
            occupied.append(contentsOf: repeatElement(false, count: max(range.end, occupied.count * 2) - occupied.count))
        }
        for offset in range.start..<range.end where occupied[offset] { return false }
        for offset in range.start..<range.end { occupied[offset] = true }
        return true
    }
}
