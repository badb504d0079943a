/// One recognised span of an article.
public struct Mention: Sendable, Hashable {
    /// Where the mention is, in text offsets.
    public var range: ScalarRange
    public var label: Label
    /// The mention's text (the slice of the article text at `range`).
    public var text: String
    /// Which list or rule produced the span, e.g. `titles.tsv:12` or `rule:person.after-title`.
    public var provenance: String
    /// The date as written (`--12-01`) and as resolved (`2022-12-01`), for dates only.
    public var date: DateReading?
    /// Index of the sentence the mention starts in.
    public var sentence: Int

    public init(
        range: ScalarRange, label: Label, text: String, provenance: String, date: DateReading? = nil, sentence: Int = 0
    ) {
        self.range = range
        self.label = label
        self.text = text
        self.provenance = provenance
        self.date = date
        self.sentence = sentence
    }

    /// The entity this mention refers to: same label and name means same entity.
    public var entityKey: EntityKey { EntityKey(label: label, name: text) }
}

/// The normalised value of a date mention.
public struct DateReading: Sendable, Hashable {
    /// The date as written, without inferred parts (`--12-01`, `2021`).
    public var norm: PartialDate
    /// The date with its year completed from the context, when known.
    public var resolved: PartialDate?

    public init(norm: PartialDate, resolved: PartialDate?) {
        self.norm = norm
        self.resolved = resolved
    }
}

/// The identity of an entity across the run: label plus canonical name.
///
/// Names compare and hash by their UTF-8 bytes (computed once), not by Unicode canonical
/// equivalence: names cut from the same texts are byte-identical, and byte hashing keeps the
/// per-article graph and registry work cheap.
public struct EntityKey: Sendable, Hashable, Comparable {
    public let label: Label
    public let name: String
    /// FNV-1a of the name's UTF-8 bytes.
    private let nameHash: UInt64

    public init(label: Label, name: String) {
        self.label = label
        self.name = name
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in name.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0100_0000_01B3
        }
        nameHash = hash
    }

    public static func == (lhs: EntityKey, rhs: EntityKey) -> Bool {
        lhs.nameHash == rhs.nameHash && lhs.label == rhs.label && lhs.name.utf8.elementsEqual(rhs.name.utf8)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(nameHash)
        hasher.combine(label)
    }

    public static func < (lhs: EntityKey, rhs: EntityKey) -> Bool {
        if lhs.label != rhs.label { return lhs.label < rhs.label }
        return lhs.name.utf8.lexicographicallyPrecedes(rhs.name.utf8)
    }
}
