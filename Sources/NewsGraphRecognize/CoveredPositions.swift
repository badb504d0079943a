import NewsGraphCore

/// The positions of an article that other recognisers' candidates (places, titles, bodies,
/// dates) cover: a name that rests on weak evidence never overlaps one of them.
struct CoveredPositions {
    private var covered: [Bool]

    /// - Complexity: O(n + c) for n scalars and the total length c of `candidates`.
    init(count: Int, candidates: [Candidate]) {
        covered = [Bool](repeating: false, count: count)
        for candidate in candidates {
            for position in candidate.range.start..<min(candidate.range.end, count) { covered[position] = true }
        }
    }

    /// Whether a candidate covers any position of `range`.
    /// - Complexity: O(range.count).
    func overlaps(_ range: ScalarRange) -> Bool {
        for position in range.start..<min(range.end, covered.count) where covered[position] { return true }
        return false
    }
}
