/// What a dictionary term is to the recognisers.
public enum LexRole: UInt8, Sendable, CaseIterable {
    case surname
    case notGiven
    case notName
    /// A surname that is more often a function word in running text (于, 何, 许).
    case functionSurname
    case cueAfter
    case cueBefore
    case cueEnd
    case joiner
    /// A word often written right before a name; only marks where a name may start.
    case nameContextBefore
    /// A word often written right after a name; only marks where a name may end.
    case nameContextAfter
    case titleScope
    case titleOrgan
    case titleRank
    case titleOffice
    case place
    case placeSuffix
    case orgSuffix
    case enterpriseSuffix
    case meetingSuffix
    case meetingTrigger
    case stop
    case notStem
    case notPlace
}

/// How common a surname or given-name character is.
public enum NameFrequency: UInt8, Sendable, Comparable {
    case unknown, rare, regular, common

    public static func < (lhs: NameFrequency, rhs: NameFrequency) -> Bool { lhs.rawValue < rhs.rawValue }

    init?(tableValue: String) {
        switch tableValue {
        case "common": self = .common
        case "regular": self = .regular
        case "rare": self = .rare
        default: return nil
        }
    }
}

/// One dictionary term's meaning: its role plus the role's parameters.
public struct LexEntry: Sendable {
    /// Flags of title parts.
    public struct Flags: OptionSet, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// An organ that is an organisation on its own.
        public static let standalone = Flags(rawValue: 1)
        /// A government abbreviation (文旅).
        public static let abbreviation = Flags(rawValue: 2)
        /// An office that is a title on its own (县长).
        public static let alone = Flags(rawValue: 4)
        /// An office that only follows an organ (长 of 宣传部长).
        public static let afterOrgan = Flags(rawValue: 8)
    }

    public var role: LexRole
    public var flags: Flags = []
    /// Shortest and longest stem, for suffix rules.
    public var minStem: Int = 0
    public var maxStem: Int = 0
    /// Surname frequency, for surnames.
    public var frequency: NameFrequency = .unknown
    /// Place type (`town`, `village` …) for places and place suffixes.
    public var placeType: String = ""
    /// Which file and line the term came from (`titles.tsv:12`).
    public var provenance: String
    /// Number of scalars in the term.
    public var length: Int = 0
}

/// How often a character stands in each place of a person's name (`name_chars.tsv`).
public struct NameCharacterCounts: Sendable {
    /// As a surname.
    public var surname: Int32
    /// As the first of two given-name characters.
    public var first: Int32
    /// As the last of two given-name characters.
    public var last: Int32
    /// As a one-character given name.
    public var single: Int32
}
