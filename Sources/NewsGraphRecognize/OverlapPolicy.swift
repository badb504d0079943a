import NewsGraphCore

/// The one rule that decides which of several overlapping candidates stays: **longest first,
/// then higher priority, then earliest start, then label order**. Chosen spans never overlap.
///
/// Greedy in that order: each candidate is kept if it overlaps none kept before it. The result
/// does not depend on the order of the input and is sorted by position.
public enum OverlapPolicy {
    /// The kept candidates, sorted by start.
    /// - Complexity: O(c log c) for c candidates (a sorted interval set of the kept spans).
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

/// Disjoint half-open intervals, sorted, with insertion that refuses overlaps.
struct IntervalSet {
    private var starts: [Int] = []
    private var ends: [Int] = []

    /// Inserts `range` if it overlaps no interval already in the set.
    /// - Complexity: O(log k) to test, O(k) to insert.
    mutating func insertIfFree(_ range: ScalarRange) -> Bool {
        var low = 0
        var high = starts.count
        while low < high {
            let mid = (low + high) / 2
            if starts[mid] < range.start { low = mid + 1 } else { high = mid }
        }
        if low < starts.count, starts[low] < range.end { return false }
        if low > 0, ends[low - 1] > range.start { return false }
        starts.insert(range.start, at: low)
        ends.insert(range.end, at: low)
        return true
    }
}
