/// How likely a reading is a name, from character statistics: how often each of its characters
/// stands in that place of a name (`name_chars.tsv`, from HanLP's role data) against how often
/// it occurs in running text (`text_chars.tsv`), plus what stands on each side of it.
///
/// Finds the names that no title or cue confirms (`之同志夫妇是白林一方`, `县长吴方军分管`),
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

    /// Precomputed from `parameters` by `prepare()`.
    private var scale: Float = 0
    private var nameFloor: Float = 0
    private var textFloor: Float = 1
    private var weights = Weights()
    /// Side weights indexed by `PersonContext.Evidence.rawValue`.
    private var left = [Float](repeating: 0, count: 5)
    private var right = [Float](repeating: 0, count: 5)
    /// The lowest score that names a person; infinity while the model is incomplete.
    private(set) var threshold = Float.infinity

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

    /// Reads the parameters into the fields the score uses; leaves the model disabled unless
    /// every parameter is set.
    mutating func prepare() {
        guard Self.parameterNames.allSatisfy({ parameters[$0] != nil }) else { return }
        func value(_ name: String) -> Float { parameters[name] ?? 0 }
        scale = value("scale")
        nameFloor = value("name-floor")
        textFloor = value("text-floor")
        weights = Weights(
            surname: value("surname"), compoundSurname: value("compound-surname"), first: value("first"),
            last: value("last"), single: value("single"), singleGiven: value("single-given"),
            singleOpen: value("single-open")
        )
        left = [value("left-none"), value("left-boundary"), value("left-clear"), value("left-cue"), value("left-title")]
        right = [value("right-none"), value("right-boundary"), value("right-clear"), value("right-cue"), value("right-title")]
        threshold = value("threshold")
    }

    /// The score of `reading` between `leftSide` and `rightSide`.
    /// - Complexity: O(1): at most three table lookups.
    func score(
        _ reading: NameReading, left leftSide: PersonContext.Evidence, right rightSide: PersonContext.Evidence,
        in scan: ArticleScan
    ) -> Float {
        let scalars = scan.scalars
        let resources = scan.resources
        func odds(_ position: Int, _ place: KeyPath<NameCharacterCounts, Int32>) -> Float {
            let scalar = scalars[position]
            let named = resources.nameCharacters[scalar]?[keyPath: place] ?? 0
            let text = resources.textCharacterCounts[scalar] ?? 0
            return Self.naturalLog((scale * Float(named) + nameFloor) / (Float(text) + textFloor))
        }
        var total = left[leftSide.rawValue] + right[rightSide.rawValue]
        total += reading.givenStart - reading.range.start == 1
            ? weights.surname * odds(reading.range.start, \.surname) : weights.compoundSurname
        if reading.range.end - reading.givenStart == 1 {
            total += weights.single * odds(reading.givenStart, \.single) + weights.singleGiven
            if rightSide == .none { total += weights.singleOpen }
        } else {
            total += weights.first * odds(reading.givenStart, \.first) + weights.last * odds(reading.givenStart + 1, \.last)
        }
        return total
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
