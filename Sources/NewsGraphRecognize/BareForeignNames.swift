import NewsGraphCore

/// A transliterated run with no title, role word or cue verb next to it that still names a person
/// (`TransliteratedNames` finds the run: letters of `transliteration.tsv`, a boundary on both
/// sides, no place, body or date over it).
///
/// Most such runs name clubs, towns and brands (阿森纳, 布莱克本, 斯图加特), so a run of three
/// letters or more is taken only on evidence of a person that these lack:
/// - `transliterated.person-ending`: it ends in a syllable that surnames end in and place or club
///   names rarely do (耶夫, 娃, 斯基, 维奇, 延科, 蒂: `基里延科`, `库尼科娃`), and no opening
///   quote or book-title mark stands right before it (`“安德罗诺夫”级`, `《萨维奇一家》` name
///   ships and works);
/// - `transliterated.before-day`: after a clear boundary, a day follows it (`，哈拉齐今天下午抵达`,
///   `阿巴查8日晨因心脏病去世`), as news writes of a person acting.
enum BareForeignNames {
    /// The rule that takes the bare run `range` as a person, if any.
    /// - Complexity: O(1): a few scalars at the run's ends are looked at.
    static func rule(for range: ScalarRange, left: PersonContext.Evidence, scan: ArticleScan) -> String? {
        guard range.count >= 3 else { return nil }
        if endsLikeSurname(range, scan.scalars), range.start == 0 || !openingMarks.contains(scan.scalars[range.start - 1]) {
            return "transliterated.person-ending"
        }
        if left >= .clear, startsDay(at: range.end, scan.scalars) { return "transliterated.before-day" }
        return nil
    }

    /// Whether `range` ends in an ending of `personEndings` and is long enough for it; a doubled
    /// last character is a Chinese word's (布娃娃), not an ending.
    private static func endsLikeSurname(_ range: ScalarRange, _ scalars: [Unicode.Scalar]) -> Bool {
        guard scalars[range.end - 1] != scalars[range.end - 2] else { return false }
        return personEndings.contains { ending, minimumRun in
            range.count >= minimumRun && zip(ending.reversed(), scalars[range.start..<range.end].reversed()).allSatisfy { $0 == $1 }
        }
    }

    /// Whether a day starts at `position`: a word of `dayWords` or a day of the month of one or
    /// two digits (`8日`, `24日`).
    private static func startsDay(at position: Int, _ scalars: [Unicode.Scalar]) -> Bool {
        if dayWords.starts(at: position, in: scalars) { return true }
        var end = position
        while end < scalars.count, end - position < 3, scalars[end].isDigitLike { end += 1 }
        return (1...2).contains(end - position) && end < scalars.count && scalars[end] == "日"
    }

    /// Days named relative to the issue (`今天`, `日前`).
    private static let dayWords = ScalarWords(["今天", "昨天", "明天", "今日", "昨日", "日前", "近日", "当天", "当日"])

    /// Endings of surnames as Chinese writes them that towns and clubs rarely have, with the
    /// shortest run each needs: Slavic -ev, -nov, -lov (扎卡耶夫, 伊万诺夫), -ova/-eva, -ski,
    /// -vich, -enko; Italian -etti/-otti (斯帕莱蒂), -ini (加斯佩里尼, 曼奇尼, 卢西尼) and
    /// German -berg/-ger (斯皮尔伯格); Portuguese -inho (罗比尼奥), Spanish -res/-rez (托雷斯)
    /// and English -son (弗格森, 杰克逊). 夫 alone
    /// ends towns as well (哈尔科夫, 罗斯托夫, 杜塞尔多夫, 卡迪夫); -a (娜, 亚, 拉) and -s (斯) end
    /// places and clubs as often as surnames.
    private static let personEndings: [(ending: [Unicode.Scalar], minimumRun: Int)] = [
        ("耶夫", 3), ("诺夫", 3), ("洛夫", 3), ("娃", 3), ("斯基", 3), ("维奇", 3), ("延科", 3), ("琴科", 3), ("连科", 3),
        ("蒂", 3), ("格", 3), ("尼奥", 3), ("森", 3), ("逊", 3), ("雷斯", 3), ("里尼", 3), ("奇尼", 3), ("西尼", 3),
    ].map { (Array($0.0.unicodeScalars), $0.1) }

    /// Marks that open a quotation or the title of a work: a run right after one names a work,
    /// ship or product as often as a person.
    private static let openingMarks: ScalarSet = ["“", "‘", "《", "〈", "「", "『", "\""]
}
