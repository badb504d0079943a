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
        let ordered = candidates.sorted(by: precedes)
        var kept: [Candidate] = []
        var occupied = IntervalSet()
        for candidate in ordered where candidate.range.count > 0 {
            if occupied.insertIfFree(candidate.range) {
                kept.append(candidate)
            }
        }
        return kept.sorted { ($0.range.start, $0.range.end) < ($1.range.start, $1.range.end) }
    }

    /// Whether `a` is considered before `b`.
    static func precedes(_ a: Candidate, _ b: Candidate) -> Bool {
        if a.range.count != b.range.count { return a.range.count > b.range.count }
        if a.priority != b.priority { return a.priority > b.priority }
        if a.range.start != b.range.start { return a.range.start < b.range.start }
        if a.label != b.label { return a.label < b.label }
        return a.provenance < b.provenance
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
