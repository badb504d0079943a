/// Every dictionary term found in one article, indexed by start position, with the roles that
/// start and end at each position.
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
    var matches: UnsafeBufferPointer<Match> { UnsafeBufferPointer(rebasing: storage.buffer[0..<storage.count]) }
    /// Owns the matches. The recognisers ask for the matches at a position hundreds of
    /// thousands of times per megabyte: views on memory this object owns cost no reference
    /// counting, where array slices retain and release the array each time.
    private let storage: MatchStorage
    /// `matches[startOffsets[i]..<startOffsets[i + 1]]` start at i.
    private var startOffsets: [Int32]
    /// The length of the longest match: a match ending at i starts at most this far before i.
    private var longestMatch: Int
    /// Per position, the roles of the terms that start there and of those that end there.
    private(set) var startRoles: [UInt64]
    private(set) var endRoles: [UInt64]

    /// Finds every term of `lexicon` in `scalars`, whose tags are the raw values of the terms' roles.
    /// - Complexity: O(n·k), k the longest term that matches at a position.
    init(scalars: [Unicode.Scalar], lexicon: Lexicon) {
        let n = scalars.count
        // Texts hold somewhat more matches than scalars: one growth at most, usually none.
        let storage = MatchStorage(capacity: 2 * n + 16)
        var startOffsets = [Int32](repeating: 0, count: n + 1)
        var startRoles = [UInt64](repeating: 0, count: n + 1)
        var endRoles = [UInt64](repeating: 0, count: n + 1)
        var longestMatch = 0
        scalars.withUnsafeBufferPointer { text in
            endRoles.withUnsafeMutableBufferPointer { endRoles in
                for start in 0..<n {
                    startOffsets[start] = Int32(truncatingIfNeeded: storage.count)
                    var rolesHere: UInt64 = 0
                    var longestEnd = start
                    lexicon.forEachTaggedMatch(in: text, at: start) { end, entry, tag in
                        let role = LexRole(tag: tag)
                        storage.append(Match(start: start, end: end, entry: entry, role: role))
                        rolesHere |= role.bit
                        endRoles[end] |= role.bit
                        longestEnd = end
                    }
                    startRoles[start] = rolesHere
                    longestMatch = max(longestMatch, longestEnd - start)
                }
            }
        }
        startOffsets[n] = Int32(truncatingIfNeeded: storage.count)
        self.storage = storage
        self.startOffsets = startOffsets
        self.longestMatch = longestMatch
        self.startRoles = startRoles
        self.endRoles = endRoles
    }

    /// The matches that start at `position`, shortest first: a view valid while this index
    /// lives (the article's scan holds it for all the recognisers).
    @inline(__always)
    func starting(at position: Int) -> Slice<UnsafeBufferPointer<Match>> {
        guard position >= 0, position + 1 < startOffsets.count else { return matches[0..<0] }
        return matches[Int(startOffsets[position])..<Int(startOffsets[position + 1])]
    }

    /// The matches that end at `position` and have one of `roles` (a mask of `LexRole.bit`; all
    /// roles by default), by start (the order of `matches`).
    /// - Complexity: O(k·m) as walked, for k the longest match and m the matches per start. The
    ///   recognisers ask only where `endRoles` shows a role they want.
    func ending(at position: Int, roles: UInt64 = .max) -> MatchSelection {
        guard position > 0, position < startOffsets.count else { return MatchSelection(matches[0..<0], roles: roles) }
        // Every match that ends at `position` starts in reach before it: one run of `matches`.
        let first = Int(startOffsets[max(0, position - longestMatch)])
        return MatchSelection(matches[first..<Int(startOffsets[position])], roles: roles, end: position)
    }
}

/// The matches of one `LexicalIndex`, in memory of their own, appended in place while the
/// index is built (no array to copy them from).
private final class MatchStorage {
    private(set) var buffer: UnsafeMutableBufferPointer<LexicalIndex.Match>
    private(set) var count = 0

    init(capacity: Int) {
        buffer = .allocate(capacity: max(1, capacity))
    }

    @inline(__always)
    func append(_ match: LexicalIndex.Match) {
        if count == buffer.count { grow() }
        (buffer.baseAddress.unsafelyUnwrapped + count).initialize(to: match)
        count += 1
    }

    private func grow() {
        let larger = UnsafeMutableBufferPointer<LexicalIndex.Match>.allocate(capacity: 2 * buffer.count)
        _ = larger.initialize(fromContentsOf: buffer)
        buffer.deallocate()
        buffer = larger
    }

    deinit {
        // Matches hold no references: nothing to deinitialise.
        buffer.deallocate()
    }
}
