import NewsGraphCore

/// One way to read a stretch of text as a Chinese name: a surname (single or compound) and one or
/// two given-name characters, with how name-like each part is.
struct NameReading {
    var range: ScalarRange
    /// Where the given name starts (the end of the surname).
    var givenStart: Int
    var surnameFrequency: NameFrequency
    /// The surname is more often a function word in running text (于, 何, 许): only a title
    /// or a cue confirms such a name.
    var functionSurname = false
    /// The weakest given-name character, judged in its place (`name_chars.tsv`): the first of
    /// two given characters, the last of two, or a single one.
    var givenFrequency: NameFrequency
    /// A given character stands where the role data never saw it (开 as the last of two, in
    /// 金石开), admitted as rare because `given_chars.tsv` finds it in names: a rule may take
    /// such a reading, the odds may not.
    var givenOutOfPlace = false

    /// A common word (`name_words.tsv`: 王国, 高明) starts the reading and ends inside it
    /// (王国华, 高明亮): many names do, so a title or a role word next to it (or a list from such
    /// a name) still makes such a reading a name, but not its shape, odds, byline or speaker
    /// line. A reading equal to a common word (卫生, 严格) is no reading at all.
    var extendsCommonWord = false
    /// The two given characters are a common word (`name_words.tsv`: 国际 of 顾国际): common in
    /// real names too (张朝阳), so only the weakest rules heed it.
    var givenIsCommonWord = false
    /// A cue, title or context word starts at the given name and runs past the reading
    /// (刘先 of 刘先生): the reading cuts a word in two.
    var cutsWord = false
    /// The given name is a whole noun or verb that ends stems or stands next to names
    /// (`blocks.tsv` topics, `person_context.tsv`: 建设 of 谭建设, 成功 of 王成功), read as a given
    /// name only when the caller asked for it: a title before, or a cue verb and a title after,
    /// make such a reading a name, nothing else does.
    var givenIsStemWord = false
    /// A not-name word (刘海, 黄河) starts the reading and ends inside it (刘海亮): only a title
    /// before and a clear boundary after make such a reading a name.
    var extendsNotName = false
    /// A given character stands in names only as one of two (长 of 王长林, 为 of 张大为,
    /// `two-given`): only a rule with a clear boundary after it, not the shape or the odds,
    /// makes it a name.
    var hasTwoOnlyGiven = false
    /// A county's bare name starts the reading (卫东 of 卫东方, 邹平) or is its given name where
    /// the article names that county elsewhere (寿阳 of `“游寿阳”品牌`): more often the place, so
    /// only a title, a role word, a cue or a list makes such a reading a name, never its shape
    /// or its odds.
    var holdsCountyStem = false

    /// The surname, for provenance.
    func surname(in scalars: [Unicode.Scalar]) -> String {
        scalars.string(ScalarRange(range.start, givenStart))
    }

    /// The surname and the given name are both at least `frequency`.
    func isAtLeast(_ frequency: NameFrequency) -> Bool {
        surnameFrequency >= frequency && givenFrequency >= frequency
    }

    /// Every reading that starts at `start`, longest first. None that ends inside or at the end
    /// of a not-name word starting there (高速, 张家口; a longer reading is marked
    /// `extendsNotName`), and none that would swallow a whole word starting at the surname
    /// (a cue such as 强调, a title part, a context word such as 时表示). A county's bare name
    /// (卫东 of 卫东区) is no such word, as many names start with one (副县长卫东方): such a
    /// reading is marked `holdsCountyStem`, as is one whose given name is a county's bare name
    /// that the article names elsewhere. A place that starts at the surname (韩国 of 韩国庆) is
    /// read past like a not-name word (`extendsNotName`).
    /// Readings that start with a common word are left out unless `extendingWords`, and those
    /// with a given character out of its place unless `outOfPlace` (the caller knows whether a
    /// title, a role word or any rule could confirm them). With `wholeWords`, a reading may also
    /// be a whole not-name or common word (高峰), for a list item that is nothing else. With
    /// `stemWordGiven`, a given name of two characters may be a whole topic or context word
    /// (建设, 成功), marked `givenIsStemWord`.
    /// - Complexity: O(s·k) for s surnames starting at `start` and k the matches there.
    static func readings(
        at start: Int, in scan: ArticleScan, outOfPlace: Bool = true, extendingWords: Bool = true, wholeWords: Bool = false,
        stemWordGiven: Bool = false
    ) -> NameReadings {
        var result = NameReadings()
        guard start < scan.count, scan.scalars[start].isHan, scan.hasMatch(.surname, startingAt: start) else { return result }
        let here = scan.index.starting(at: start)
        var wordEnd = Int.max
        var notNameEnd = start
        var countyStemEnd = start
        var commonWordEnd = start
        // A place that starts at the surname (韩国 of 韩国平, 高平 of 高平安) is read past like a
        // not-name word, only between a title and a clear boundary, also where it is a context
        // word too (韩国 of 韩国总统).
        var placeEnd = start
        for match in here where match.end - match.start >= 2 && scan.role(match) == .place {
            placeEnd = max(placeEnd, match.end)
        }
        for match in here {
            let role = scan.role(match)
            if role == .countyStem {
                countyStemEnd = max(countyStemEnd, match.end)
            } else if role == .word {
                commonWordEnd = max(commonWordEnd, match.end)
            } else if role == .notName {
                notNameEnd = max(notNameEnd, match.end)
            } else if role != .surname, role != .japaneseSurname, role != .place, match.end - match.start >= 2, match.end != placeEnd {
                wordEnd = min(wordEnd, match.end)
            }
        }
        notNameEnd = max(notNameEnd, placeEnd)
        guard commonWordEnd == start || extendingWords else { return result }
        for surname in here.reversed() where scan.role(surname) == .surname {
            let swallowed = Self.givenWordEnd(from: surname.end, in: scan)
            let stemWordEnd = stemWordGiven && swallowed == surname.end + 2 ? Self.givenWordEnd(from: surname.end, in: scan, sparingStemWords: true) : swallowed
            // What depends on the surname alone, worked out once it has a reading.
            var surnameFacts: (frequency: NameFrequency, function: Bool)?
            for givenLength in stride(from: 2, through: 1, by: -1) {
                let end = surname.end + givenLength
                let isStemWord = end == swallowed && end < stemWordEnd
                guard end <= scan.count, end < wordEnd, end < swallowed || isStemWord,
                      end > notNameEnd || (wholeWords && end == notNameEnd),
                      end != commonWordEnd || wholeWords else { continue }
                guard let (given, givenOutOfPlace) = givenFrequency(from: surname.end, to: end, in: scan),
                      outOfPlace || !givenOutOfPlace else { continue }
                let facts = surnameFacts ?? (
                    surnameFrequency(surname, in: scan),
                    here.contains { $0.role == .functionSurname && $0.end == surname.end }
                )
                surnameFacts = facts
                result.append(NameReading(
                    range: ScalarRange(start, end), givenStart: surname.end,
                    surnameFrequency: facts.frequency,
                    functionSurname: facts.function,
                    givenFrequency: given,
                    givenOutOfPlace: givenOutOfPlace,
                    extendsCommonWord: commonWordEnd > start,
                    givenIsCommonWord: givenLength == 2 && scan.hasMatch(.word, startingAt: surname.end)
                        && scan.index.starting(at: surname.end).contains { $0.role == .word && $0.end == end },
                    cutsWord: swallowed != Int.max && !isStemWord,
                    givenIsStemWord: isStemWord,
                    extendsNotName: notNameEnd > start,
                    hasTwoOnlyGiven: givenLength == 2 && (isTwoOnly(surname.end, scan) || isTwoOnly(surname.end + 1, scan)),
                    holdsCountyStem: countyStemEnd > start && countyStemEnd <= end
                        || givenLength == 2 && Self.givenNamesArticleCounty(ScalarRange(surname.end, end), in: scan)
                ))
            }
        }
        return result
    }

    /// Whether the given name at `given` is a county's bare name that the article also names
    /// elsewhere (寿阳 of `“游寿阳”品牌` in a page on 寿阳县): there it is the place. A county's
    /// name the article names nowhere else is a given name like any (朝阳 of 尹朝阳).
    /// - Complexity: O(n), only where a county's bare name is the given name.
    private static func givenNamesArticleCounty(_ given: ScalarRange, in scan: ArticleScan) -> Bool {
        guard scan.matches(.countyStem, startingAt: given.start).contains(where: { $0.end == given.end }) else { return false }
        // Elsewhere, not after the same surname: a name said twice is no county.
        let surname = scan.scalars[given.start - 1]
        return !scan.scalars.occurrences(of: Array(scan.scalars[given.start..<given.end])) {
            $0.start == 0 || scan.scalars[$0.start - 1] != surname
        }.isEmpty
    }

    /// The end of the first word of two characters or more (a cue, a title part, a context
    /// word) that starts at `givenStart`: a given name cannot end there or beyond (李先生).
    /// `sparingStemWords` passes over topic and context words (建设, 成功), not cues or titles.
    private static func givenWordEnd(from givenStart: Int, in scan: ArticleScan, sparingStemWords: Bool = false) -> Int {
        var end = Int.max
        guard scan.hasMatch(givenWordRoles, startingAt: givenStart) else { return end }
        for match in scan.index.starting(at: givenStart) where match.end - match.start >= 2 {
            switch scan.role(match) {
            case .nameContextAfter, .notStem:
                if !sparingStemWords { end = min(end, match.end) }
            case .cueAfter, .cueBefore, .titleOffice, .titleOrgan, .personRole:
                end = min(end, match.end)
            default:
                break
            }
        }
        return end
    }

    /// The weakest given-name character of `start..<end` and whether one stands where the role
    /// data never saw it, or nil when one cannot stand in a name.
    @inline(__always)
    private static func givenFrequency(
        from start: Int, to end: Int, in scan: ArticleScan
    ) -> (NameFrequency, outOfPlace: Bool)? {
        var weakest = NameFrequency.common
        var outOfPlace = false
        for position in start..<end {
            let scalar = scan.scalars[position]
            let place: Place = end - start == 1 ? .single : position == start ? .first : .last
            guard scalar.isHan, !isNotGiven(position, place, scan) else { return nil }
            let (frequency, seen) = frequency(of: scalar, place, scan.resources)
            weakest = min(weakest, frequency)
            outOfPlace = outOfPlace || !seen
        }
        return (weakest, outOfPlace)
    }

    /// How common a surname is: its class in `surnames.tsv`, and for a single surname at most
    /// the class of its count as a surname in `name_chars.tsv` (common ≥ 500, regular ≥ 100),
    /// so that 和, 国 or 平, common surnames on paper, rarely start a name in running text. A
    /// single surname the role data never saw in a name at all, and running text uses at least
    /// `unseenInNamesText` times (要, 把, 却: function words), is unknown.
    @inline(__always)
    static func surnameFrequency(_ surname: LexicalIndex.Match, in scan: ArticleScan) -> NameFrequency {
        let listed = scan.resources.entries[Int(surname.entry)].frequency
        guard surname.end - surname.start == 1 else { return listed }
        let scalar = scan.scalars[surname.start]
        guard let counts = scan.resources.nameCharacters[scalar] else {
            return (scan.resources.textCharacterCounts[scalar] ?? 0) >= unseenInNamesText ? .unknown : listed
        }
        let count = counts.surname
        return min(listed, count >= 500 ? .common : count >= 100 ? .regular : count >= 1 ? .rare : .unknown)
    }

    /// The count in `text_chars.tsv` from which a surname the role data never saw is a word.
    private static let unseenInNamesText: Int32 = 100

    /// The roles of `givenWordEnd`'s words.
    private static var givenWordRoles: LexRoleMask {
        LexRoleMask(bits: LexRole.cueAfter.bit | LexRole.cueBefore.bit | LexRole.titleOffice.bit | LexRole.titleOrgan.bit
            | LexRole.nameContextAfter.bit | LexRole.notStem.bit | LexRole.personRole.bit)
    }

    /// Where a character stands in a given name.
    enum Place { case first, last, single }

    /// How common `scalar` is in `place`: from its count in `name_chars.tsv` (common ≥ 200,
    /// regular ≥ 20, rare ≥ 1). A character that table does not know at all is at most rare,
    /// and only when `given_chars.tsv` finds it in names. One the table knows but never saw as
    /// the first or last of two given characters is so too, with `seen` false; a single given
    /// character the table never saw alone is unknown.
    @inline(__always)
    static func frequency(
        of scalar: Unicode.Scalar, _ place: Place, _ resources: RecognitionResources
    ) -> (NameFrequency, seen: Bool) {
        func general() -> NameFrequency { min(resources.givenNameFrequency[scalar] ?? .unknown, .rare) }
        guard let counts = resources.nameCharacters[scalar] else { return (general(), true) }
        let count = switch place {
        case .first: counts.first
        case .last: counts.last
        case .single: counts.single
        }
        guard count >= 1 else { return (place == .single ? .unknown : general(), false) }
        return (count >= 200 ? .common : count >= 20 ? .regular : .rare, true)
    }

    /// Computed, not stored: a stored static is reached through a lazy-initialisation check
    /// at every call.
    private static var notGivenRoles: LexRoleMask { LexRoleMask(bits: LexRole.notGiven.bit | LexRole.twoGivenOnly.bit) }

    /// Whether the character at `position` stands in a given name only as one of two.
    private static func isTwoOnly(_ position: Int, _ scan: ArticleScan) -> Bool {
        scan.hasMatch(.twoGivenOnly, startingAt: position)
            && scan.index.starting(at: position).contains { scan.role($0) == .twoGivenOnly && $0.end == position + 1 }
    }

    /// Whether the character at `position` cannot stand in `place` of a given name.
    @inline(__always)
    private static func isNotGiven(_ position: Int, _ place: Place, _ scan: ArticleScan) -> Bool {
        scan.hasMatch(notGivenRoles, startingAt: position) && scan.index.starting(at: position).contains {
            $0.end == position + 1 && (scan.role($0) == .notGiven || (scan.role($0) == .twoGivenOnly && place == .single))
        }
    }
}
