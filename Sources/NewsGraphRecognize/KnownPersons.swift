import NewsGraphCore

/// Well-known persons found by name (`persons_known.tsv`: 叶利钦, 金大中, 桥本龙太郎, 马克思),
/// with no title or cue needed (`会见叶利钦`, `学习马克思主义`).
///
/// The longest listed name at a position is taken unless it is only part of a longer name:
/// - a middle dot or dash joins it to another part (`罗伯特·肯尼迪`, `伊桑-科恩`; `卡尔·马克思`
///   is listed whole);
/// - a foreign name (all its characters transliteration letters) runs on into more letters on
///   either side (戈尔 of 戈尔曼, 卡特 of 麦卡特尼), unless a cue or title stands before it, or a
///   boundary or a common word after it (亚当斯 + 明显);
/// - a dictionary word ends inside it (布什 of 宣布什么);
/// - a two-character Chinese name runs on into a given-name character with neither a boundary
///   nor a common word starting there (李鹏 of 李鹏飞; not 胡适 + 学术).
/// Nor is it a person where a place or body suffix follows it (`徐悲鸿纪念馆`, `桥本内阁`), nor
/// inside a not-place word (a doctrine's name: `习近平新时代中国特色社会主义思想`). A
/// longer place, body or person over it wins by the overlap policy (`乔丹体育`, `达尔文市`).
/// Inside the name of a work it stays a person, as People's Daily tags it
/// (`《毛泽东、邓小平、江泽民新闻宣传思想研究》`, `《花木兰》`).
enum KnownPersons {
    /// A name found, with the list line it came from.
    struct Found {
        var range: ScalarRange
        var provenance: String
    }

    /// The known persons of `scan`, in text order, not overlapping one another.
    /// - Complexity: O(n·k), k the longest listed name that matches at a position (one array
    ///   read where none starts).
    static func names(in scan: ArticleScan, context: PersonContext) -> [Found] {
        let resources = scan.resources
        var result: [Found] = []
        scan.scalars.withUnsafeBufferPointer { text in
            var position = 0
            while position < text.count {
                var longest: (end: Int, entry: Int32)?
                resources.knownPersons.forEachMatch(in: text, at: position) { longest = ($0, $1) }
                if let longest, standsAlone(ScalarRange(position, longest.end), scan: scan, context: context) {
                    let provenance = resources.knownPersonProvenance(longest.entry)
                    result.append(Found(range: ScalarRange(position, longest.end), provenance: provenance))
                    position = longest.end
                } else {
                    position += 1
                }
            }
        }
        return result
    }

    /// Whether the listed name at `range` is not only part of a longer name.
    private static func standsAlone(_ range: ScalarRange, scan: ArticleScan, context: PersonContext) -> Bool {
        let scalars = scan.scalars
        let before = range.start > 0 ? scalars[range.start - 1] : nil
        let after = range.end < scan.count ? scalars[range.end] : nil
        if let before, isNameDot(before) || (isDash(before) && range.start >= 2 && scalars[range.start - 2].isHan) { return false }
        if startsInsideWord(range, scan: scan) { return false }
        if endsPlaceOrBody(at: range.end, scan: scan) { return false }
        // Nor inside a word that names nothing, such as a doctrine's name (习近平新时代…思想).
        if scan.isInsideNonPlaceWord(range.start, range.end) { return false }
        if let after, isNameDot(after) || (isDash(after) && range.end + 1 < scan.count && scalars[range.end + 1].isHan) { return false }
        let letters = scan.resources.transliterationCharacters
        let isForeign = (range.start..<range.end).allSatisfy { !scalars[$0].isHan || letters[scalars[$0]] != nil }
        if isForeign {
            // More letters before, or after where no word starts that ends the run (明显 of
            // 亚当斯明显), make a longer foreign name.
            if let before, letters[before] == true, context.before[range.start] < .cue { return false }
            if let after, letters[after] == true, context.after[range.end] == .none,
               !scan.hasMatch(commonWords, startingAt: range.end) { return false }
            return true
        }
        // A two-character name runs on into a given-name character (李鹏 of 李鹏飞, 刘秀 of 刘秀清),
        // unless a boundary closes it or a common word starts there (胡适 + 学术).
        if range.count == 2, let after, after.isHan, context.after[range.end] == .none,
           !scan.hasMatch(wordsAfterName, startingAt: range.end) {
            return !isGivenNameEnd(after, scan: scan)
        }
        return true
    }

    /// Whether a word that ends a place's or body's name starts at `position` (故居, 纪念馆, 庙,
    /// 基金会, 内阁): the name before it is part of that place or body (`徐悲鸿纪念馆`, `桥本内阁`).
    /// A body suffix of one character (处, 氏) is too often something else after a name
    /// (`从安徒生处获得`, `伏羲氏`).
    private static func endsPlaceOrBody(at position: Int, scan: ArticleScan) -> Bool {
        guard scan.hasMatch([.placeSuffix, .orgSuffix, .enterpriseSuffix, .orgName], startingAt: position) else { return false }
        return scan.index.starting(at: position).contains { match in
            switch match.role {
            case .placeSuffix, .orgName: true
            case .orgSuffix, .enterpriseSuffix: match.end - match.start >= 2
            default: false
            }
        }
    }

    /// Whether a dictionary word (no surname) starts before `range` and ends inside it or at its
    /// end: the name's first characters end that word (布什 of 宣布什么).
    private static func startsInsideWord(_ range: ScalarRange, scan: ArticleScan) -> Bool {
        let names: LexRoleMask = [.surname, .japaneseSurname]
        for start in max(0, range.start - scan.resources.lexicon.longestTerm)..<range.start {
            for match in scan.index.starting(at: start) where match.end > range.start && match.end <= range.end
                && names.bits & match.role.bit == 0 {
                return true
            }
        }
        return false
    }

    /// Whether `scalar` often ends a two-character given name (`name_chars.tsv`, last place).
    private static func isGivenNameEnd(_ scalar: Unicode.Scalar, scan: ArticleScan) -> Bool {
        (scan.resources.nameCharacters[scalar]?.last ?? 0) >= 20
    }

    /// Common words that may start right after a foreign name and end its run of letters (明显
    /// of 亚当斯明显).
    private static let commonWords: LexRoleMask = [.notName, .notStem, .cueAfter, .nameContextAfter, .notPlace]

    /// Common words that may start right after a two-character Chinese name and end it (学术 of
    /// 胡适学术), with the common words that start with a surname character (`name_words.tsv`).
    private static let wordsAfterName: LexRoleMask = [.word, .notName, .notStem, .cueAfter, .nameContextAfter, .notPlace]

    /// The dashes that may join the parts of a foreign name (`伊桑-科恩`).
    private static func isDash(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "\u{2014}" || scalar == "\u{FF0D}"
    }

    /// The middle dots that join the parts of a foreign name (`·`, `•`, `・`).
    private static func isNameDot(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0xB7 || scalar.value == 0x2022 || scalar.value == 0x30FB
    }
}
