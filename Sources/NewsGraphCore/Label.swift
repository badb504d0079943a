/// The kind of a recognised span.
///
/// Raw values are the labels written to `articles.jsonl` (CONTRACT.md).
public enum Label: String, Sendable, CaseIterable, Comparable, Hashable {
    case person = "PERSON"
    case title = "TITLE"
    case place = "PLACE"
    case org = "ORG"
    case enterprise = "ENTERPRISE"
    case meeting = "MEETING"
    case date = "DATE"

    /// The prefix of entity ids of this label (`per_0001`); enterprises share `org_` with
    /// organisations, dates are not entities and have none.
    public var entityIDPrefix: String? {
        switch self {
        case .person: "per"
        case .title: "ttl"
        case .place: "plc"
        case .org, .enterprise: "org"
        case .meeting: "evt"
        case .date: nil
        }
    }

    /// The lower-case type name used by gold files (`person`, `title`, …).
    public var goldType: String { rawValue.lowercased() }

    /// Whether mentions of this label become nodes of the co-occurrence graph.
    public var isGraphNode: Bool {
        switch self {
        case .person, .place, .org, .enterprise, .meeting: true
        case .title, .date: false
        }
    }

    /// The label's place in `allCases`, for ordering.
    public var order: Int {
        switch self {
        case .person: 0
        case .title: 1
        case .place: 2
        case .org: 3
        case .enterprise: 4
        case .meeting: 5
        case .date: 6
        }
    }

    public static func < (lhs: Label, rhs: Label) -> Bool {
        lhs.order < rhs.order
    }

    // By case, not by raw value (the String defaults of `RawRepresentable`): labels are compared
    // and hashed for every entity key and relation.
    public static func == (lhs: Label, rhs: Label) -> Bool {
        lhs.order == rhs.order
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(order)
    }
}
