/// Names whose given name is a whole topic or context word (谭建设, 王成功, 张发展): such words
/// end a name stem everywhere else, so only the strongest sides make them a given name.
extension NameReading {
    /// The rule by which a reading whose given name is a stem word (`givenIsStemWord`) is a name,
    /// or nil when it is none. Its surname is a single regular or common one that is no function
    /// word (not 向发展, 于建设) unless a title stands before and a clear boundary or a cue after
    /// it (`局长何建设出席`), and no adverb that passes a cue on (曾鼓励: a `bridge` word), no word
    /// runs into it from the left (院长江经济: 长江), and either
    /// - a title stands right before it and a boundary after it (`村主任王成功介绍`,
    ///   `新任主席谭建设是`): `word-given-after-title`;
    /// - a word for what someone is stands before it and a cue verb or a title after it
    ///   (`村民王建设说`): `word-given-after-role`;
    /// - a clear boundary stands before it and a title right after it (`，张成功书记`):
    ///   `word-given-before-title`;
    /// - a clear boundary stands before it, and a cue verb and a title within three characters
    ///   follow it (`，谭建设当选为县工商联主席`): `word-given-before-appointment`;
/// - a clear boundary stands before it, a cue verb right after it, and its surname is a common
///   one (`，杨振兴写道`, `，郭建设称`): `word-given-before-cue`.
    func stemWordGivenRule(in scan: ArticleScan, context: PersonContext) -> StaticString? {
        guard givenIsStemWord, surnameFrequency >= .regular, givenStart == range.start + 1,
              !surnameIsBridge(scan), !wordRunsIn(scan) else { return nil }
        let left = context.before[range.start]
        let right = context.after[range.end]
        // A surname that is also a function word only between a title and a clear boundary or a
        // cue (`局长何建设出席`).
        if functionSurname { return left == .title && right >= .clear ? "word-given-after-title" : nil }
        if left == .title, right != .none { return "word-given-after-title" }
        if context.afterRole[range.start], right >= .cue { return "word-given-after-role" }
        if left >= .clear, right == .title { return "word-given-before-title" }
        if left >= .clear, right >= .cue, context.titleStarts(within: 3, after: range.end) { return "word-given-before-appointment" }
        if left >= .clear, right == .cue, surnameFrequency == .common { return "word-given-before-cue" }
        return nil
    }

    /// Whether the surname is also a one-character adverb that passes a cue on (曾).
    private func surnameIsBridge(_ scan: ArticleScan) -> Bool {
        scan.index.starting(at: range.start).contains {
            $0.end == givenStart && scan.role($0) == .nameContextAfter && scan.entry($0).flags.contains(.bridge)
        }
    }

    /// Whether a word of the lexicon starts before the reading and ends inside it (not a
    /// compound surname or not-name word across a title's end: 县长 + 孙成功 is no 长孙).
    func wordRunsIn(_ scan: ArticleScan) -> Bool {
        (max(0, range.start - 3)..<range.start).contains { position in
            scan.index.starting(at: position).contains {
                $0.end > range.start && $0.end < range.end && scan.role($0) != .surname && scan.role($0) != .notName
            }
        }
    }
}

extension PersonContext {
    /// Whether a title starts within `distance` characters after `end`, past a word such as an
    /// appointment verb (`当选为县工商联主席`).
    func titleStarts(within distance: Int, after end: Int) -> Bool {
        (end + 1...end + distance).contains { $0 < after.count && after[$0] == .title }
    }
}
