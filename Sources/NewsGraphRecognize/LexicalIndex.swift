/// Every dictionary term found in one article, indexed by start and by end position.
///
/// Built once per article by walking the lexicon from every position; the recognisers then
/// ask "which scopes start here", "which suffixes end here" without scanning again.
struct LexicalIndex {
    /// One occurrence of a term.
    struct Match {
        var start: Int
        var end: Int
        var entry: Int32
    }

    /// All matches, sorted by start, then by end.
    private(set) var matches: [Match] = []
    /// `matches[startOffsets[i]..<startOffsets[i + 1]]` start at i.
    private var startOffsets: [Int32]
    /// Indices into `matches` of the matches ending at each position, grouped by end.
    private var byEnd: [Int32] = []
    private var endOffsets: [Int32]
    /// Per position, the roles of the terms that start there and of those that end there.
    private(set) var startRoles: [UInt64]
    private(set) var endRoles: [UInt64]

    /// Finds every term of `lexicon` in `scalars`; `entries` give each term's role.
    /// - Complexity: O(n·k), k the longest term that matches at a position.
    init(scalars: [Unicode.Scalar], lexicon: Lexicon, entries: [LexEntry]) {
        let n = scalars.count
        startOffsets = [Int32](repeating: 0, count: n + 1)
        endOffsets = [Int32](repeating: 0, count: n + 2)
        startRoles = [UInt64](repeating: 0, count: n + 1)
        endRoles = [UInt64](repeating: 0, count: n + 1)
        matches.reserveCapacity(n)
        for start in 0..<n {
            startOffsets[start] = Int32(matches.count)
            lexicon.forEachMatch(in: scalars, at: start) { end, entry in
                matches.append(Match(start: start, end: end, entry: entry))
                let bit = entries[Int(entry)].role.bit
                startRoles[start] |= bit
                endRoles[end] |= bit
            }
        }
        startOffsets[n] = Int32(matches.count)
        for match in matches { endOffsets[match.end + 1] += 1 }
        for position in 0...n { endOffsets[position + 1] += endOffsets[position] }
        byEnd = [Int32](repeating: 0, count: matches.count)
        var fill = endOffsets
        for (index, match) in matches.enumerated() {
            byEnd[Int(fill[match.end])] = Int32(index)
            fill[match.end] += 1
        }
    }

    /// The matches that start at `position`, shortest first.
    func starting(at position: Int) -> ArraySlice<Match> {
        guard position >= 0, position + 1 < startOffsets.count else { return [] }
        return matches[Int(startOffsets[position])..<Int(startOffsets[position + 1])]
    }

    /// The matches that end at `position`.
    func ending(at position: Int) -> [Match] {
        guard position >= 0, position + 1 < endOffsets.count else { return [] }
        return byEnd[Int(endOffsets[position])..<Int(endOffsets[position + 1])].map { matches[Int($0)] }
    }
}
