/// The rule `by-odds`: a reading that no other person rule accepts names a person when its
/// `PersonOdds` score reaches the threshold, it does not overlap a candidate of another
/// recogniser (a place, a title, a body) nor stands before an organ, a suffix or the remains of a place (遗址), its surname is not mostly a function word, it is no
/// common word nor has one as its given name, it does not cut a cue or title word in two, and
/// it does not start with a county's bare name (邹平), nor end on the numeral of a month or day
/// (金秋九月: 九月).
struct PersonOddsRule {
    private let scan: ArticleScan
    private let odds: PersonOdds
    private let covered: CoveredPositions
    /// Whether a name may start where no boundary is (the model weighs that side at all); asked
    /// at every position, so decided once.
    let acceptsInsideText: Bool

    init(scan: ArticleScan, covered: CoveredPositions) {
        self.scan = scan
        odds = scan.resources.personOdds
        self.covered = covered
        acceptsInsideText = odds.isEnabled && odds.weighsNoBoundaryOnTheLeft
    }

    /// Words that follow a place, never a person: organs and the suffixes of bodies.
    private static let organs: LexRoleMask = [.titleOrgan, .orgSuffix, .placeSuffix]

    /// The first characters of the words for the remains of a place (遗址, 旧址, 故址): a stem
    /// before one is that place's name (禹王城遗址), not a person's.
    private static let siteEnds: ScalarSet = ["遗", "旧", "故"]

    /// Whether a word for the remains of a place (`遗址`, `旧址`, `故址`) starts at `position`.
    private func startsSiteWord(at position: Int) -> Bool {
        position + 1 < scan.count && scan.scalars[position + 1] == "址" && Self.siteEnds.contains(scan.scalars[position])
    }

    /// The Chinese numerals that, before 月 or 日, name a month or a day (九月, 十日).
    private static let dateNumerals: ScalarSet = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "廿"]

    /// Whether `reading` ends on a Chinese numeral that with 月 or 日 after it names a month or
    /// a day (`金秋九月`).
    private func endsOnDateNumeral(_ reading: NameReading) -> Bool {
        let end = reading.range.end
        return end < scan.count && (scan.scalars[end] == "月" || scan.scalars[end] == "日")
            && Self.dateNumerals.contains(scan.scalars[end - 1])
    }

    /// Whether a name could start at `start`, where no boundary is (a surname starts there and
    /// its characters could reach the threshold).
    /// - Complexity: O(1).
    func mayStartInsideText(at start: Int) -> Bool {
        acceptsInsideText && scan.hasMatch(.surname, startingAt: start) && odds.mayReachInsideText(startingAt: start, in: scan.scalars)
    }

    /// The score of `reading` when the rule accepts it, else nil.
    /// - Complexity: O(1) for a reading of at most four scalars.
    func score(_ reading: NameReading, left: PersonContext.Evidence, right: PersonContext.Evidence) -> Float? {
        guard odds.isEnabled, left != .none || acceptsInsideText,
              reading.surnameFrequency >= .rare, reading.givenFrequency >= .rare, !reading.givenOutOfPlace, !reading.functionSurname,
              !reading.extendsCommonWord, !reading.givenIsCommonWord, !reading.cutsWord, !reading.holdsCountyStem else { return nil }
        // An organ after a name-like stem makes it a place (侯马经济开发区, 稷山县委).
        guard !covered.overlaps(reading.range), !scan.hasMatch(Self.organs, startingAt: reading.range.end),
              !startsSiteWord(at: reading.range.end), !endsOnDateNumeral(reading) else { return nil }
        let score = odds.score(reading, left: left, right: right, in: scan)
        return score >= odds.threshold ? score : nil
    }
}
