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
public struct EntityKey: Sendable, Hashable, Comparable {
    public var label: Label
    public var name: String

    public init(label: Label, name: String) {
        self.label = label
        self.name = name
    }

    public static func < (lhs: EntityKey, rhs: EntityKey) -> Bool {
        (lhs.label, lhs.name) < (rhs.label, rhs.name)
    }
}
