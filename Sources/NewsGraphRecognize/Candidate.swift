import NewsGraphCore

/// A span some recogniser proposes, before the overlap policy picks the ones that stay.
public struct Candidate: Sendable, Hashable {
    /// Where, in analysis offsets.
    public var range: ScalarRange
    public var label: Label
    /// Breaks ties between candidates of equal length: higher wins.
    public var priority: Int
    /// The list or rule that produced it (`titles.tsv:12`, `rule:person.after-title`).
    public var provenance: String
    /// The date value, for dates.
    public var date: DateReading?
    /// A title made of an office word alone (`主任`), kept only when a person stands next to it.
    public var needsPerson = false
    /// A title that is a calling (`titles*.tsv` flag `calling`): no body before it joins it.
    public var isCalling = false

    public init(range: ScalarRange, label: Label, priority: Int, provenance: String, date: DateReading? = nil) {
        self.range = range
        self.label = label
        self.priority = priority
        self.provenance = provenance
        self.date = date
    }
}

/// Priorities of the recognisers' candidates, in one place so their order is visible.
enum Priority {
    static let date = 90
    static let byline = 88
    /// A team in a fixture (那不勒斯vs锡耶纳): outranks the place of the same name.
    static let team = 87
    static let homePlace = 86
    static let gazetteerPlace = 85
    static let knownOrg = 84
    /// A well-known person by name (`persons_known.tsv`).
    static let knownPerson = 82
    static let personAfterTitle = 80
    static let title = 75
    static let personInList = 74
    static let governmentOrg = 70
    static let personBeforeTitle = 66
    static let personBeforeCue = 65
    static let meeting = 60
    static let enterprise = 55
    static let suffixOrg = 50
    /// A name confirmed elsewhere in the article, again: it beats a place read from a suffix
    /// over the same characters (王俊岭 of `县委副书记王俊岭`, not the ridge 王俊 + 岭).
    static let personRepeat = 46
    static let suffixPlace = 45
    /// A county's stem without 县, where the county is named in full in the article.
    static let countyShortName = 44
    /// A village of one character and 村, again, where a town's name came right before it
    /// earlier in the article (`ShortVillageChains`).
    static let shortVillageAgain = 44
    /// A company's short form, where the company is named in full in the article.
    static let companyShortName = 43
    /// A sight's name without its area suffix, where the sight is named in full in the article.
    static let sightShortName = 43
    static let personByShape = 42
    static let personByOdds = 41
}
