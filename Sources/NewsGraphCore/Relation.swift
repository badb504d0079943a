/// The kind of a relation between two entities.
public enum RelationLabel: String, Sendable, CaseIterable, Comparable, Hashable {
    /// person → title
    case holdsTitle = "HOLDS_TITLE"
    /// person → place, organisation or enterprise
    case visited = "VISITED"
    /// person → meeting
    case chaired = "CHAIRED"
    /// two entities in one sentence
    case coOccurs = "CO_OCCURS"

    /// The name used for TEI `relation@name`.
    public var teiName: String {
        switch self {
        case .holdsTitle: "holdsTitle"
        case .visited: "visited"
        case .chaired: "chaired"
        case .coOccurs: "coOccurs"
        }
    }

    /// The label's place in `allCases`, for ordering.
    public var order: Int {
        switch self {
        case .holdsTitle: 0
        case .visited: 1
        case .chaired: 2
        case .coOccurs: 3
        }
    }

    public static func < (lhs: RelationLabel, rhs: RelationLabel) -> Bool {
        lhs.order < rhs.order
    }

    // By case, not by raw value (the String defaults of `RawRepresentable`): labels are compared
    // and hashed for every entity key and relation.
    public static func == (lhs: RelationLabel, rhs: RelationLabel) -> Bool {
        lhs.order == rhs.order
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(order)
    }
}

/// A relation found inside one article, between two of its mentions.
public struct Relation: Sendable, Hashable {
    public var label: RelationLabel
    /// Index of the head mention (the person, or the first entity of a co-occurrence).
    public var head: Int
    /// Index of the tail mention.
    public var tail: Int
    /// Index of the sentence the evidence lies in.
    public var sentence: Int
    /// When it happened: a date of the sentence, else the article's dateline.
    public var date: PartialDate?
    /// Which rule produced it.
    public var provenance: String

    public init(label: RelationLabel, head: Int, tail: Int, sentence: Int, date: PartialDate?, provenance: String) {
        self.label = label
        self.head = head
        self.tail = tail
        self.sentence = sentence
        self.date = date
        self.provenance = provenance
    }
}
