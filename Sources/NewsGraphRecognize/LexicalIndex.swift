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
        /// The role of `entry`, kept here so that the recognisers' many role tests read no entry.
        var role: LexRole
    }

    /// All matches, sorted by start, then by end.
    private(set) var matches: [Match]
    /// `matches[startOffsets[i]..<startOffsets[i + 1]]` start at i.
    private var startOffsets: [Int32]
    /// Indices into `matches` of the matches ending at each position, grouped by end.
    private var byEnd: [Int32]
    private var endOffsets: [Int32]
    /// Per position, the roles of the terms that start there and of those that end there.
    private(set) var startRoles: [UInt64]
    private(set) var endRoles: [UInt64]

    /// Finds every term of `lexicon` in `scalars`; `entries` give each term's role.
    /// - Complexity: O(n·k), k the longest term that matches at a position.
    init(scalars: [Unicode.Scalar], lexicon: Lexicon, entries: [LexEntry]) {
        let n = scalars.count
        var matches: [Match] = []
        // Texts hold somewhat more matches than scalars: one growth at most, usually none.
        matches.reserveCapacity(n + n / 2)
        var startOffsets = [Int32](repeating: 0, count: n + 1)
        var startRoles = [UInt64](repeating: 0, count: n + 1)
        var endRoles = [UInt64](repeating: 0, count: n + 1)
        scalars.withUnsafeBufferPointer { text in
            entries.withUnsafeBufferPointer { entries in
                endRoles.withUnsafeMutableBufferPointer { endRoles in
                    for start in 0..<n {
                        startOffsets[start] = Int32(truncatingIfNeeded: matches.count)
                        var roles: UInt64 = 0
                        lexicon.forEachMatch(in: text, at: start) { end, entry in
                            let role = entries[Int(entry)].role
                            matches.append(Match(start: start, end: end, entry: entry, role: role))
                            roles |= role.bit
                            endRoles[end] |= role.bit
                        }
                        startRoles[start] = roles
                    }
                }
            }
        }
        startOffsets[n] = Int32(truncatingIfNeeded: matches.count)
        var endOffsets = [Int32](repeating: 0, count: n + 2)
        for match in matches { endOffsets[match.end + 1] += 1 }
        for position in 0...n { endOffsets[position + 1] += endOffsets[position] }
        var byEnd = [Int32](repeating: 0, count: matches.count)
        var fill = endOffsets
        for (index, match) in matches.enumerated() {
            byEnd[Int(fill[match.end])] = Int32(truncatingIfNeeded: index)
            fill[match.end] += 1
        }
        self.matches = matches
        self.startOffsets = startOffsets
        self.byEnd = byEnd
        self.endOffsets = endOffsets
        self.startRoles = startRoles
        self.endRoles = endRoles
    }

    /// The matches that start at `position`, shortest first.
    @inline(__always)
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
