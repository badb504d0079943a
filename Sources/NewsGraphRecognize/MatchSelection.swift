/// Some of the matches of a `LexicalIndex`, picked from a run of its matches by role and, when
/// asked, by end: what `ArticleScan.matches(_:startingAt:)` and `LexicalIndex.ending(at:)`
/// return. A view on the index's own memory, read as it is walked: a query allocates nothing,
/// where an array of the matches would cost an allocation at each of the many positions asked.
struct MatchSelection: BidirectionalCollection {
    typealias Match = LexicalIndex.Match

    /// The run the matches are picked from (sorted by start, then end).
    private let run: Slice<UnsafeBufferPointer<Match>>
    /// The roles picked, as a mask of `LexRole.bit`.
    private let roles: UInt64
    /// The end every picked match has, or -1 for any end.
    private let end: Int

    init(_ run: Slice<UnsafeBufferPointer<Match>>, roles: UInt64, end: Int = -1) {
        self.run = run
        self.roles = roles
        self.end = end
    }

    @inline(__always)
    private func picks(_ match: Match) -> Bool {
        roles & match.role.bit != 0 && (end < 0 || match.end == end)
    }

    var startIndex: Int { firstPicked(from: run.startIndex) }
    var endIndex: Int { run.endIndex }

    subscript(position: Int) -> Match { run[position] }

    func index(after position: Int) -> Int { firstPicked(from: position + 1) }

    func index(before position: Int) -> Int {
        var position = position - 1
        while position > run.startIndex, !picks(run[position]) { position -= 1 }
        return position
    }

    private func firstPicked(from position: Int) -> Int {
        var position = position
        while position < run.endIndex, !picks(run[position]) { position += 1 }
        return position
    }
}
