import NewsGraphCore

/// Everything the recognisers read, loaded once from `Dictionaries/` and shared, immutable, by
/// every worker.
public struct RecognitionResources: Sendable {
    /// All terms of every list.
    public internal(set) var lexicon = Lexicon()
    /// The meaning of each lexicon entry id; the lexicon tags each entry with its role's raw
    /// value, so that indexing an article reads no entry.
    public private(set) var entries: [LexEntry] = []
    /// How common each given-name character is.
    public internal(set) var givenNameFrequency = ScalarTable<NameFrequency>()
    /// The paper's own county as `loadGazetteers` found it, full name and bare name (`信丰县`,
    /// `信丰`): the bare name is a place wherever it stands alone (`CountyShortNames`).
    public internal(set) var homeCounty: HomeCountyName?
    /// The other counties of the paper's own county's prefecture (新绛县, 闻喜县 … of 运城 for
    /// 绛县), which a county paper names by their bare names too (`CountyShortNames`).
    public internal(set) var neighbourCounties: [HomeCountyName] = []
    /// Towns and villages of the national gazetteers, when loaded (`loadGazetteers`).
    public internal(set) var gazetteer = Gazetteer()
    /// How often each character stands in each place of a person's name.
    public internal(set) var nameCharacters = ScalarTable<NameCharacterCounts>()
    /// How often each Han character occurs in running news text (`text_chars.tsv`).
    public internal(set) var textCharacterCounts = ScalarTable<Int32>()
    /// The person-name odds and their parameters (`person_odds.tsv`).
    public internal(set) var personOdds = PersonOdds()
    /// Characters of transliterated foreign names (`克`, `斯`, `尔` …): true for any run, false
    /// for characters that stand only in a name with a middle dot (`得` of `彼得·皮奥`).
    public internal(set) var transliterationCharacters = ScalarTable<Bool>()
    /// Well-known persons by name (`persons_known.tsv`: 叶利钦, 马克思), kept apart from
    /// `lexicon` so that no other rule reads them as words; entry ids index `knownPersonLines`.
    public internal(set) var knownPersons = Lexicon()
    /// Trades and the short forms company names write them in (文化旅游 → 文旅, 新材料 → 新材),
    /// from the third column of `industry` rows in `blocks.tsv` (`CompanyShortNames`).
    public internal(set) var tradeShortForms: [(trade: [Unicode.Scalar], short: [Unicode.Scalar])] = []
    /// Where each known person came from: its file in `knownPersonFiles` and its line (kept as
    /// numbers, as a list of thousands of names is loaded on every run and few are found).
    public internal(set) var knownPersonLines: [KnownPersonLine] = []
    /// The files of known persons, by the name provenance tags show (`persons_known.tsv`).
    public internal(set) var knownPersonFiles: [String] = []

    /// The file and line of one known person.
    public struct KnownPersonLine: Sendable {
        /// The index of the file in `knownPersonFiles`.
        public var file: Int32
        /// The 1-based line.
        public var line: Int32
    }

    /// Where the known person of lexicon entry `entry` came from (`persons_known.tsv:12`).
    public func knownPersonProvenance(_ entry: Int32) -> String {
        let source = knownPersonLines[Int(entry)]
        return "\(knownPersonFiles[Int(source.file)]):\(source.line)"
    }
    /// Where each entry came from (`titles.tsv:12`), indexed by `LexEntry.provenance`.
    public internal(set) var provenances: [String] = []

    /// Creates empty resources; add lists with `load(kind:file:)`.
    public init() {}

    /// Adds one term.
    mutating func add(_ term: String, _ entry: LexEntry) {
        var entry = entry
        entry.length = term.unicodeScalars.count
        lexicon.insert(term, entry: Int32(entries.count), tag: entry.role.rawValue)
        entries.append(entry)
    }

    /// Records where an entry came from; returns the index to store in `LexEntry.provenance`.
    mutating func provenanceIndex(_ text: String) -> Int32 {
        provenances.append(text)
        return Int32(provenances.count - 1)
    }

    /// The file and line an entry came from (`titles.tsv:12`).
    public func provenance(of entry: LexEntry) -> String {
        provenances[Int(entry.provenance)]
    }

    /// The entries of `term` with role `role`.
    public func entries(of term: String, role: LexRole) -> [LexEntry] {
        lexicon.entries(of: term).map { entries[Int($0)] }.filter { $0.role == role }
    }
}
