/// What a dictionary term is to the recognisers.
public enum LexRole: UInt8, Sendable, CaseIterable {
    case surname
    case notGiven
    /// A character that stands in a given name only as one of two (长 of 王长林, 为 of 张大为),
    /// never alone; a reading with one needs a rule and a clear boundary after it.
    case twoGivenOnly
    case notName
    /// A surname that is more often a function word in running text (于, 何, 许).
    case functionSurname
    /// A common word that starts with a surname character (卫生, 严格): no reading equals it, and
    /// one that starts with it (王国华) needs a title or a role word next to it.
    case word
    case cueAfter
    case cueBefore
    /// A word for what someone is (前锋, 外援, 妻子) right before a name: confirms the name like
    /// a title, but is no title itself.
    case personRole
    case cueEnd
    case joiner
    /// A word for the kind of a column (推荐, 解读), which closes a column head before its colon:
    /// the name that opens the head is the columnist's (`张路足彩推荐：`).
    case columnKind
    /// A word often written right before a name; only marks where a name may start.
    case nameContextBefore
    /// A word often written right after a name; only marks where a name may end.
    case nameContextAfter
    /// A Japanese family name of two or three characters (桥本, 佐佐木): with a given name it
    /// names a person next to a title or cue (`JapaneseNames`).
    case japaneseSurname
    case titleScope
    case titleOrgan
    case titleRank
    case titleOffice
    case place
    case placeSuffix
    /// One character standing for a country or region in a pair (中 and 美 of 中美关系).
    case placeAbbreviation
    /// One character standing for the host country or capital after a verb (华 of 访华, 京 of 在京).
    case placeHost
    /// A word that confirms a run of abbreviations before it (关系, 两国, 双方).
    case abbreviationPairNext
    /// A verb after which a host character is a place (访, 来, 驻, 在).
    case abbreviationHostVerb
    case orgSuffix
    case enterpriseSuffix
    /// A body known by name (联合国, 新华社).
    case orgName
    /// A company known by name.
    case enterpriseName
    /// A word of trade (保险, 证券): a company stem made only of such words names no company.
    case industry
    case meetingSuffix
    case meetingTrigger
    case stop
    case notStem
    case notPlace
    /// A county's name without its level (稷山 of 稷山县, 侯马 of 侯马市), from the national
    /// gazetteers: a scope only before an organ or office (侯马经济开发区), never a place alone.
    case countyStem
}

/// A set of roles as one bit mask, for constant-time "does any of these start here" tests.
public struct LexRoleMask: Sendable, Hashable, ExpressibleByArrayLiteral {
    public var bits: UInt64

    public init(bits: UInt64) {
        self.bits = bits
    }

    public init(arrayLiteral roles: LexRole...) {
        bits = roles.reduce(0) { $0 | $1.bit }
    }
}

extension LexRole {
    /// The role's bit in a `LexRoleMask`.
    @inline(__always) public var bit: UInt64 { 1 << UInt64(rawValue) }

    /// The role whose raw value is `tag`, as the lexicon reports it for every match of an
    /// article: tags are written from roles only (`RecognitionResources.add`), and a role's
    /// raw value is its place in the declaration, which is how Swift stores a case, so the tag
    /// is the role's own bits, with no lookup (a test checks this for every case).
    @inline(__always) init(tag: UInt8) {
        self = unsafeBitCast(tag, to: LexRole.self)
    }
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
        public let rawValue: UInt32
        public init(rawValue: UInt32) { self.rawValue = rawValue }
        /// An organ that is an organisation on its own.
        public static let standalone = Flags(rawValue: 1)
        /// A government abbreviation (文旅).
        public static let abbreviation = Flags(rawValue: 2)
        /// An office that is a title on its own (县长).
        public static let alone = Flags(rawValue: 4)
        /// An office that only follows an organ (长 of 宣传部长).
        public static let afterOrgan = Flags(rawValue: 8)
        /// A suffix whose stem must begin with a place (队 of 中国队, 广州松日队).
        public static let afterPlace = Flags(rawValue: 16)
        /// A suffix whose stem needs a name beyond a place, numbers and trade words (公司: not
        /// 美国公司, 两家公司, 保险公司).
        public static let needsName = Flags(rawValue: 32)
        /// A scope of county level or below (县, 镇, 村); an organ that is a body only after
        /// such a scope (政府 of 横水镇政府, not of 中国政府).
        public static let local = Flags(rawValue: 64)
        /// A suffix that names a unit inside a body written right before it (署 of 联合国禁毒署).
        public static let afterBody = Flags(rawValue: 128)
        /// A not-stem noun that may stand inside a body's name (文化 of 金巢文化事业有限公司).
        public static let topic = Flags(rawValue: 256)
        /// A word for someone of everyday local life (村民, 贫困户): a Chinese name follows it,
        /// hardly a foreign one (村民修路 names no one).
        public static let everyday = Flags(rawValue: 512)
        /// A one-character adverb that may stand between a name and its cue verb (还 of
        /// 米尔斯还介绍说): the cue after it confirms the name before it.
        public static let bridge = Flags(rawValue: 1024)
        /// An area suffix whose stem alone names the same sight again in the article (景区 of
        /// 皇城相府景区 … 皇城相府).
        public static let shortForm = Flags(rawValue: 2048)
        /// A body of members (政协): its `member` office right after it, with no rank, is a title
        /// only next to a person (`县政协委员张三`, not `部分县政协委员`).
        public static let members = Flags(rawValue: 4096)
        /// A member's office (委员), which after a body of members needs a person next to it.
        public static let member = Flags(rawValue: 8192)
        /// An office that credits an article's reporters (记者, 通讯员): in a byline set apart
        /// from the text it labels the names after it and is no title (`BylineCredits`).
        public static let credit = Flags(rawValue: 16384)
        /// A branch organ (分局) named by the county it serves, written between it and the organ
        /// it belongs to (市生态环境局 + 绛县 + 分局): an organ only there.
        public static let branch = Flags(rawValue: 32768)
        /// A calling, not a post (教授, 医生, 民警): a body before it is where its holder works and
        /// stays a body of its own (`运城市委党校` + `教授`, as CLUENER splits `北京大学|教授`).
        public static let calling = Flags(rawValue: 65536)
    }

    public var role: LexRole
    public var flags: Flags = []
    /// Shortest and longest stem, for suffix rules.
    public var minStem: Int = 0
    public var maxStem: Int = 0
    /// Surname frequency, for surnames.
    public var frequency: NameFrequency = .unknown
    /// Place type (`town`, `village` …) for places and place suffixes.
    public var placeType: PlaceType = .place
    /// Which file and line the term came from: an index into `RecognitionResources.provenances`
    /// (kept as a number so copying an entry costs nothing on the hot path).
    public var provenance: Int32
    /// Number of scalars in the term.
    public var length: Int = 0

    public init(role: LexRole, frequency: NameFrequency = .unknown, provenance: Int32) {
        self.role = role
        self.frequency = frequency
        self.provenance = provenance
    }
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
