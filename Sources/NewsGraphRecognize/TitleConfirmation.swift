import NewsGraphCore

/// Keeps an office-only title (`主任`) only where a person stands next to it: right after it,
/// right before it, or after the title chain it belongs to, joined by 、 or 兼 (`主任、书记张三`,
/// `党组成员、秘书长兼办公室主任何晓`, also across the body that heads the next title:
/// `市政协委员、市第二中学教师贾小红`); or where it continues a chain whose earlier title stands
/// (`现任鄣吴镇党委委员、组织委员,`). A local post written after a group (`全县村党组织书记`,
/// `各乡镇党委书记`: `GroupPosts`) needs a person too; a calling does not (`一些专家`).
enum TitleConfirmation {
    /// The chosen titles that need a person and have none.
    /// - Complexity: O(m) in the number of chosen candidates.
    static func unconfirmedTitles(in chosen: [Candidate], scalars: [Unicode.Scalar]) -> Set<Candidate> {
        var unconfirmed: Set<Candidate> = []
        // `hasPerson[i]`: the title at i has a person next to it or down its chain.
        var hasPerson = [Bool](repeating: false, count: chosen.count)
        for index in chosen.indices.reversed() {
            let candidate = chosen[index]
            guard candidate.label == .title else { continue }
            let next = index + 1 < chosen.count ? chosen[index + 1] : nil
            let gap = next.map { gapText(from: candidate.range.end, to: $0.range.start, scalars) }
            let joined = gap == "、" || gap == "兼"
            let personAfter = next?.label == .person && gap == ""
            var chainAfter = next?.label == .title && joined && hasPerson[index + 1]
            // The next title of the chain may be headed by a body (、市第二中学 + 教师).
            if let next, next.label == .org || next.label == .enterprise, joined, index + 2 < chosen.count,
               chosen[index + 2].label == .title, chosen[index + 2].range.start == next.range.end {
                chainAfter = hasPerson[index + 2]
            }
            let previous = index > 0 ? chosen[index - 1] : nil
            let personBefore = previous?.label == .person && previous?.range.end == candidate.range.start
            let held = personAfter || chainAfter || personBefore
            let confirmed = (!candidate.needsPerson || held) && (held || !GroupPosts.isGroupsPost(candidate.range, scalars))
            if !confirmed { unconfirmed.insert(candidate) }
            hasPerson[index] = personAfter || chainAfter || personBefore
        }
        // A title joined to a standing title before it continues that title's chain.
        for index in chosen.indices.dropFirst() where unconfirmed.contains(chosen[index]) {
            let previous = chosen[index - 1]
            guard previous.label == .title, !unconfirmed.contains(previous) else { continue }
            let gap = gapText(from: previous.range.end, to: chosen[index].range.start, scalars)
            if gap == "、" || gap == "兼" { unconfirmed.remove(chosen[index]) }
        }
        return unconfirmed
    }

    /// The text between two offsets without spaces, or nil when they are far apart.
    private static func gapText(from start: Int, to end: Int, _ scalars: [Unicode.Scalar]) -> String? {
        guard end >= start, end - start <= 3 else { return nil }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end].filter { $0 != " " })
        return String(view)
    }
}
