/// The rule `by-odds`: a reading that no other person rule accepts names a person when its
/// `PersonOdds` score reaches the threshold, it does not overlap a candidate of another
/// recogniser (a place, a title, a body), and its surname is not mostly a function word.
struct OddsRule {
    private let scan: ArticleScan
    private let odds: PersonOdds
    /// `covered[i]`: another recogniser's candidate covers position i.
    private let covered: [Bool]

    /// - Complexity: O(n + c) for n scalars and the total length c of `others`.
    init(scan: ArticleScan, others: [Candidate]) {
        self.scan = scan
        odds = scan.resources.personOdds
        var covered = [Bool](repeating: false, count: odds.isEnabled ? scan.count : 0)
        if odds.isEnabled {
            for candidate in others {
                for position in candidate.range.start..<min(candidate.range.end, scan.count) { covered[position] = true }
            }
        }
        self.covered = covered
    }

    /// Whether a name may start where no boundary is (the model weighs that side at all).
    var acceptsInsideText: Bool { odds.isEnabled && odds.weighsNoBoundaryOnTheLeft }

    /// The score of `reading` when the rule accepts it, else nil.
    /// - Complexity: O(1) for a reading of at most four scalars.
    func score(_ reading: NameReading, left: PersonContext.Evidence, right: PersonContext.Evidence) -> Float? {
        guard odds.isEnabled, left != .none || acceptsInsideText, !reading.functionSurname, !reading.isCommonWord,
              reading.surnameFrequency >= .rare, reading.givenFrequency >= .rare else { return nil }
        for position in reading.range.start..<reading.range.end where covered[position] { return nil }
        let score = odds.score(reading, left: left, right: right, in: scan)
        return score >= odds.threshold ? score : nil
    }
}
