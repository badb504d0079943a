/// The per-article state the recognisers share: the analysis scalars, every dictionary match,
/// and the boundary facts derived from them. Built once per article, read by every recogniser.
struct ArticleScan {
    let scalars: [Unicode.Scalar]
    let resources: RecognitionResources
    let index: LexicalIndex
    /// Towns and villages of the national gazetteers found in the article, by end position.
    let gazetteerMatches: [Gazetteer.Match]
    /// `nameMayStart[i]`: a name may begin at i (start of text, after punctuation, a stop
    /// character, or a word that ends a stem such as a verb or a cue).
    private(set) var nameMayStart: [Bool]
    /// `afterPlace[i]`: a gazetteer place or an office word ends at i; place and person names
    /// may begin here, organisation names may run on across it (磨里镇卫生院).
    private(set) var afterPlace: [Bool]
    /// `wordMayEnd[i]`: a name may end right before i (end of text, punctuation, or a stop
    /// character, verb, cue or title part starting at i).
    private(set) var wordMayEnd: [Bool]
    /// `insideWorkName[i]`: i lies inside the name of a work (《…》), where no title or person
    /// stands (`TitleContext.insideWorkName`).
    let insideWorkName: [Bool]

    init(scalars: [Unicode.Scalar], resources: RecognitionResources) {
        self.scalars = scalars
        self.resources = resources
        insideWorkName = TitleContext.insideWorkName(scalars)
        index = LexicalIndex(scalars: scalars, lexicon: resources.lexicon)
        var found: [Gazetteer.Match] = []
        resources.gazetteer.forEachMatch(in: scalars) { found.append($0) }
        gazetteerMatches = found
        nameMayStart = [Bool](repeating: false, count: scalars.count + 1)
        nameMayStart[0] = true
        afterPlace = [Bool](repeating: false, count: scalars.count + 1)
        wordMayEnd = [Bool](repeating: false, count: scalars.count + 1)
        wordMayEnd[scalars.count] = true
        for position in 0..<scalars.count where !scalars[position].isNameScalar {
            wordMayEnd[position] = true
            nameMayStart[position + 1] = true
        }
        for match in index.matches {
            switch role(match) {
            case .stop, .notStem, .cueAfter, .cueBefore, .cueEnd, .meetingTrigger:
                nameMayStart[match.end] = true
                wordMayEnd[match.start] = true
            case .joiner, .titleScope, .titleOrgan, .titleRank, .titleOffice, .meetingSuffix:
                wordMayEnd[match.start] = true
            case .place:
                afterPlace[match.end] = true
                wordMayEnd[match.start] = true
            default:
                break
            }
        }
        for match in gazetteerMatches {
            afterPlace[match.end] = true
            wordMayEnd[match.start] = true
        }
    }

    var count: Int { scalars.count }

    /// Marks that a name may begin at `position` (after a date, say).
    mutating func markBoundary(at position: Int) {
        nameMayStart[position] = true
    }

    /// Whether `start..<end` holds two characters or more outside trade words (`blocks.tsv`
    /// industry): a company's own name (`聚能` of 聚能科技, none in 保险 or 包装材料).
    func hasOwnName(from start: Int, to end: Int) -> Bool {
        var own = 0
        var position = start
        while position < end {
            if let trade = matches(.industry, startingAt: position).last(where: { $0.end <= end }) {
                position = trade.end
            } else {
                own += 1
                position += 1
            }
        }
        return own >= 2
    }

    /// The entry of a match.
    func entry(_ match: LexicalIndex.Match) -> LexEntry {
        resources.entries[Int(match.entry)]
    }

    /// The role of a match.
    @inline(__always)
    func role(_ match: LexicalIndex.Match) -> LexRole {
        match.role
    }

    /// The file and line a match's term came from (`titles.tsv:12`).
    func provenance(_ match: LexicalIndex.Match) -> String {
        resources.provenance(of: entry(match))
    }

    /// Matches with role `role` that start at `position`, shortest first.
    func matches(_ role: LexRole, startingAt position: Int) -> MatchSelection {
        MatchSelection(index.starting(at: hasMatch(role, startingAt: position) ? position : -1), roles: role.bit)
    }

    /// Matches with role `role` that end at `position`, by start.
    func matches(_ role: LexRole, endingAt position: Int) -> MatchSelection {
        let hasRole = position >= 0 && position <= count && index.endRoles[position] & role.bit != 0
        return index.ending(at: hasRole ? position : -1, roles: role.bit)
    }

    /// Whether a term with role `role` starts at `position`.
    /// - Complexity: O(1).
    @inline(__always)
    func hasMatch(_ role: LexRole, startingAt position: Int) -> Bool {
        position >= 0 && position <= count && index.startRoles[position] & role.bit != 0
    }

    /// Whether a term with one of `roles` starts at `position`.
    /// - Complexity: O(1).
    @inline(__always)
    func hasMatch(_ roles: LexRoleMask, startingAt position: Int) -> Bool {
        position >= 0 && position <= count && index.startRoles[position] & roles.bits != 0
    }

    /// Whether a term with role `role` ends at `position`.
    /// - Complexity: O(1).
    @inline(__always)
    func hasMatch(_ role: LexRole, endingAt position: Int) -> Bool {
        position >= 0 && position <= count && index.endRoles[position] & role.bit != 0
    }

    /// Whether a term with one of `roles` ends at `position`.
    /// - Complexity: O(1).
    @inline(__always)
    func hasMatch(_ roles: LexRoleMask, endingAt position: Int) -> Bool {
        position >= 0 && position <= count && index.endRoles[position] & roles.bits != 0
    }

    /// Whether a gazetteer place (from a list or the national gazetteers) ends at `end` and
    /// starts after `start`.
    func hasKnownPlace(endingAt end: Int, startingAfter start: Int) -> Bool {
        if hasMatch(.place, endingAt: end), index.ending(at: end).contains(where: { role($0) == .place && $0.start > start }) {
            return true
        }
        return gazetteerMatches(endingAt: end).contains { $0.start > start }
    }

    /// The national-gazetteer matches that end at `end` (they are sorted by end).
    /// - Complexity: O(log g) for g matches.
    private func gazetteerMatches(endingAt end: Int) -> ArraySlice<Gazetteer.Match> {
        var low = 0
        var high = gazetteerMatches.count
        while low < high {
            let mid = (low + high) / 2
            if gazetteerMatches[mid].end < end { low = mid + 1 } else { high = mid }
        }
        var last = low
        while last < gazetteerMatches.count, gazetteerMatches[last].end == end { last += 1 }
        return gazetteerMatches[low..<last]
    }

    /// The earliest start of a gazetteer place (list or national) ending at `end`, no further back
    /// than the longest dictionary term.
    func earliestKnownPlaceStart(endingAt end: Int) -> Int? {
        earliestKnownPlaceStart(endingAt: end, startingIn: max(0, end - resources.lexicon.longestTerm)..<end)
    }

    /// The start of the longest scope word (`县`, `自治区`: `titles.tsv` scopes) ending at `end`.
    func scopeWordStart(endingAt end: Int) -> Int? {
        matches(.titleScope, endingAt: end).min(by: { $0.start < $1.start })?.start
    }

    /// The earliest start within `starts` of a gazetteer place (list or national) ending at `end`.
    /// - Complexity: O(log g + p) for g national-gazetteer matches and p places ending at `end`.
    func earliestKnownPlaceStart(endingAt end: Int, startingIn starts: Range<Int>) -> Int? {
        var earliest: Int?
        if hasMatch(.place, endingAt: end) {
            for match in index.ending(at: end) where role(match) == .place && starts.contains(match.start) {
                earliest = min(earliest ?? match.start, match.start)
            }
        }
        for match in gazetteerMatches(endingAt: end) where starts.contains(match.start) {
            earliest = min(earliest ?? match.start, match.start)
        }
        return earliest
    }

    /// Whether a not-place word covers `range` and reaches beyond it (全县 covers the 县 of
    /// 我县 … , 乡村 the 村 of 美丽乡村).
    func isInsideNonPlaceWord(_ start: Int, _ end: Int) -> Bool {
        let from = max(0, start - resources.lexicon.longestTerm)
        for position in from...start where hasMatch(.notPlace, startingAt: position) {
            for match in index.starting(at: position) where match.end >= end {
                if role(match) == .notPlace, match.start < start || match.end > end {
                    return true
                }
            }
        }
        return false
    }

    /// Whether a listed word runs across `position`: one that starts before it and ends after
    /// it (党组织 across the end of 村党组, 市委员会 across the end of 市委). A name ending at
    /// `position` would end inside that word.
    /// - Complexity: O(k²) for k the longest term.
    func isInsideWord(endingAfter position: Int) -> Bool {
        guard position < count else { return false }
        let from = max(0, position - resources.lexicon.longestTerm + 1)
        for start in from..<position where hasMatch(Self.wordRoles, startingAt: start) {
            for match in index.starting(at: start) where match.end > position && Self.wordRoles.bits & role(match).bit != 0 {
                return true
            }
        }
        return false
    }

    /// The roles of words a name cannot end inside.
    private static let wordRoles: LexRoleMask = [.notStem, .notPlace, .titleOrgan, .titleOffice, .orgSuffix, .enterpriseSuffix]

    /// The start of a name stem that ends at `end`: scanning left while the scalars are Han and
    /// no boundary is crossed, at most `maximum` scalars. Nil when no boundary lies within reach.
    /// - Parameter allowDigits: also take ASCII digits and letters (company names, meetings), but
    ///   not a number longer than `longestNumberInName` (a telephone number before a signature).
    /// - Parameter crossPlaces: let the stem run across a place or office word (organisations).
    func stemStart(endingAt end: Int, maximum: Int, allowDigits: Bool = false, crossPlaces: Bool = false) -> Int? {
        var start = end
        while start > 0 {
            let previousIsDigit = allowDigits && isDigitOrLetter(start - 1) && !endsLongNumber(at: start)
            let boundary = nameMayStart[start] || (!crossPlaces && afterPlace[start])
            if boundary && !previousIsDigit { return start }
            if end - start == maximum { return nil }
            start -= 1
        }
        return start
    }

    /// The start of a body's or company's stem ending at `end`: as `stemStart` with digits and
    /// places, but running on across trade words right before `end` and across topic nouns,
    /// which end the stems of places and persons only (金巢**文化**事业有限公司,
    /// 郑州市**质量**检验协会, 华信**投资**有限公司). Nil when no boundary lies within reach.
    func bodyStemStart(endingAt end: Int, maximum: Int) -> Int? {
        // Trade words right before the suffix are the name's, also those that end other stems
        // as verbs (华信 + 投资 + 有限公司, not 投资 + 华信公司).
        var tradeStart = end
        while hasMatch(.industry, endingAt: tradeStart),
              let trade = index.ending(at: tradeStart, roles: LexRole.industry.bit).first, end - trade.start < maximum {
            tradeStart = trade.start
        }
        guard var start = stemStart(endingAt: tradeStart, maximum: maximum - (end - tradeStart), allowDigits: true, crossPlaces: true)
        else { return nil }
        while let topic = topicStart(endingAt: start), end - topic <= maximum,
              let next = stemStart(endingAt: topic, maximum: maximum - (end - topic), allowDigits: true, crossPlaces: true) {
            start = next
        }
        return start
    }

    /// Whether the boundary at `position` comes only from a topic noun ending there.
    func isTopicBoundary(_ position: Int) -> Bool {
        topicStart(endingAt: position) != nil
    }

    /// The start of the longest topic noun ending at `position`, when only topic nouns make a
    /// boundary there (no stop, cue, verb or punctuation).
    private func topicStart(endingAt position: Int) -> Int? {
        guard position > 0, hasMatch(.notStem, endingAt: position), !hasMatch(Self.hardBoundaries, endingAt: position),
              scalars[position - 1].isNameScalar else { return nil }
        var start: Int?
        for match in index.ending(at: position) where role(match) == .notStem {
            guard entry(match).flags.contains(.topic) else { return nil }
            start = min(start ?? match.start, match.start)
        }
        return start
    }

    /// Words that end a stem of any kind.
    private static let hardBoundaries: LexRoleMask = [.stop, .cueAfter, .cueBefore, .cueEnd, .meetingTrigger]

    /// Whether more than `longestNumberInName` ASCII digits end at `end` (`6221234`).
    private func endsLongNumber(at end: Int) -> Bool {
        guard end > Self.longestNumberInName else { return false }
        return (end - Self.longestNumberInName - 1..<end).allSatisfy { scalars[$0].isDigitLike }
    }

    /// The longest number a name holds (`360`, `1911`); a longer one is a telephone or a code.
    static let longestNumberInName = 4

    private func isDigitOrLetter(_ position: Int) -> Bool {
        let v = scalars[position].value
        return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
    }
}
