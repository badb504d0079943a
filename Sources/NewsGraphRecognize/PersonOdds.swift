/// How likely a reading is a name, from character statistics: how often each of its characters
/// stands in that place of a name (`name_chars.tsv`, from HanLP's role data) against how often
/// it occurs in running text (`text_chars.tsv`), plus what stands on each side of it.
///
/// Finds the names that no title or cue confirms (`之同志夫妇是白林一方`, `据悉，吴方军分管`),
/// in the manner of HanLP's role tagging, with one score per reading instead of a role lattice.
/// The parameters (`person_odds.tsv`) are data; without that file the odds accept nothing.
public struct PersonOdds: Sendable {
    /// The parameters a `person_odds.tsv` must give, by name.
    public static let parameterNames = [
        "scale", "name-floor", "text-floor", "surname", "compound-surname", "first", "last", "single",
        "single-given", "single-open", "left-none", "left-boundary", "left-clear", "left-cue", "left-title",
        "right-none", "right-boundary", "right-clear", "right-cue", "right-title", "threshold",
    ]

    /// Parameter values by name; all of `parameterNames` once the model is complete.
    var parameters: [String: Float] = [:]

    /// Precomputed from `parameters` and the counts by `prepare(names:text:)`.
    private var weights = Weights()
    /// The weighted odds of each character that either table knows, in each place.
    private var characters = ScalarTable<CharacterOdds>()
    /// The weighted odds of a character neither table knows.
    private var unknown = CharacterOdds()
    /// Side weights indexed by `PersonContext.Evidence.rawValue`.
    private var left = [Float](repeating: 0, count: 5)
    private var right = [Float](repeating: 0, count: 5)
    /// The best sides a name inside running text can have: no boundary on the left, the best
    /// right side (an open single given name included), for `mayReachInsideText`.
    private var bestSidesInsideText: Float = 0
    /// The lowest score that names a person; infinity while the model is incomplete.
    private(set) var threshold = Float.infinity

    /// A character's odds in each place of a name, already multiplied by the place's weight.
    private struct CharacterOdds {
        var surname: Float = 0, first: Float = 0, last: Float = 0, single: Float = 0
    }

    private struct Weights {
        var surname: Float = 0, compoundSurname: Float = 0, first: Float = 0, last: Float = 0
        var single: Float = 0, singleGiven: Float = 0, singleOpen: Float = 0
    }

    public init() {}

    /// Whether a name may start where no boundary is: `left-none` is a weight, not a veto
    /// (−50 or below means no reading could reach the threshold there).
    var weighsNoBoundaryOnTheLeft: Bool { left[0] > -50 }

    /// Whether a parameters file was loaded.
    var isEnabled: Bool { threshold.isFinite }

    /// Reads the parameters and precomputes the weighted odds of every character that
    /// `names` (`name_chars.tsv`) or `text` (`text_chars.tsv`) knows; leaves the model disabled
    /// unless every parameter is set. Run again whenever one of the three changes.
    /// - Complexity: O(c) for c characters in the tables.
    mutating func prepare(names: ScalarTable<NameCharacterCounts>, text: ScalarTable<Int32>) {
        threshold = .infinity
        guard Self.parameterNames.allSatisfy({ parameters[$0] != nil }) else { return }
        func value(_ name: String) -> Float { parameters[name] ?? 0 }
        let scale = value("scale")
        let nameFloor = value("name-floor")
        let textFloor = value("text-floor")
        weights = Weights(
            surname: value("surname"), compoundSurname: value("compound-surname"), first: value("first"),
            last: value("last"), single: value("single"), singleGiven: value("single-given"),
            singleOpen: value("single-open")
        )
        left = [value("left-none"), value("left-boundary"), value("left-clear"), value("left-cue"), value("left-title")]
        right = [value("right-none"), value("right-boundary"), value("right-clear"), value("right-cue"), value("right-title")]
        bestSidesInsideText = left[0] + max(right.max() ?? 0, right[0] + self.weights.singleOpen)
        let weights = self.weights
        func odds(_ counts: NameCharacterCounts?, _ textCount: Int32?) -> CharacterOdds {
            let named = counts ?? NameCharacterCounts(surname: 0, first: 0, last: 0, single: 0)
            let t = Float(textCount ?? 0) + textFloor
            func ln(_ n: Int32) -> Float { Self.naturalLog((scale * Float(n) + nameFloor) / t) }
            return CharacterOdds(
                surname: weights.surname * ln(named.surname), first: weights.first * ln(named.first),
                last: weights.last * ln(named.last), single: weights.single * ln(named.single)
            )
        }
        unknown = odds(nil, nil)
        var table = ScalarTable<CharacterOdds>()
        names.forEach { scalar, counts in table[scalar] = odds(counts, text[scalar]) }
        text.forEach { scalar, count in
            if table[scalar] == nil { table[scalar] = odds(names[scalar], count) }
        }
        characters = table
        threshold = value("threshold")
    }

    /// The score of `reading` between `leftSide` and `rightSide`.
    /// - Complexity: O(1): at most three table lookups.
    func score(
        _ reading: NameReading, left leftSide: PersonContext.Evidence, right rightSide: PersonContext.Evidence,
        in scan: ArticleScan
    ) -> Float {
        let scalars = scan.scalars
        func odds(_ position: Int) -> CharacterOdds { characters[scalars[position]] ?? unknown }
        var total = left[leftSide.rawValue] + right[rightSide.rawValue]
        total += reading.givenStart - reading.range.start == 1 ? odds(reading.range.start).surname : weights.compoundSurname
        if reading.range.end - reading.givenStart == 1 {
            total += odds(reading.givenStart).single + weights.singleGiven
            if rightSide == .none { total += weights.singleOpen }
        } else {
            total += odds(reading.givenStart).first + odds(reading.givenStart + 1).last
        }
        return total
    }

    /// Whether some reading starting at `start` after no boundary could reach the threshold: an
    /// upper bound from the characters alone (surname of one or two characters, one or two
    /// given characters, the best right side), so that running text costs a few lookups.
    /// - Complexity: O(1).
    func mayReachInsideText(startingAt start: Int, in scalars: [Unicode.Scalar]) -> Bool {
        let count = scalars.count
        guard start + 1 < count else { return false }
        func odds(_ position: Int) -> CharacterOdds { characters[scalars[position]] ?? unknown }
        let base = bestSidesInsideText
        let single = odds(start).surname
        var best = single + odds(start + 1).single + weights.singleGiven
        if start + 2 < count {
            let second = odds(start + 2)
            best = max(best, single + odds(start + 1).first + second.last)
            best = max(best, weights.compoundSurname + second.single + weights.singleGiven)
            if start + 3 < count { best = max(best, weights.compoundSurname + second.first + odds(start + 3).last) }
        }
        return base + best >= threshold
    }

    /// The natural logarithm of a positive `x`, to about 1e-6 (the standard library has none,
    /// and this module stays free of Foundation and C): ln x = e·ln 2 + ln m for x = m·2^e,
    /// with ln m = 2·atanh((m − 1)/(m + 1)) summed as a short series.
    static func naturalLog(_ x: Float) -> Float {
        guard x > 0, x.isFinite else { return x == 0 ? -.infinity : .nan }
        let m = x.significand
        let u = (m - 1) / (m + 1)
        let u2 = u * u
        var term = u
        var sum: Float = 0
        for k in stride(from: 1, through: 13, by: 2) {
            sum += term / Float(k)
            term *= u2
        }
        return Float(x.exponent) * 0.693_147_18 + 2 * sum
    }
}
