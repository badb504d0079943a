/// Gives every entity its id, `per_0001`, `ttl_0001`, `plc_0001`, `org_0001`, `evt_0001`, in order
/// of first appearance, one counter per prefix. Used by the single committing thread only.
public struct EntityRegistry: Sendable {
    private var ids: [EntityKey: String] = [:]
    private var counters: [String: Int] = [:]
    /// Entities in the order they received their ids.
    public private(set) var keys: [EntityKey] = []

    public init() {}

    /// The id of `key`, assigning the next one of its prefix if it is new; nil for dates.
    public mutating func id(for key: EntityKey) -> String? {
        if let id = ids[key] { return id }
        guard let prefix = key.label.entityIDPrefix else { return nil }
        let number = counters[prefix, default: 0] + 1
        counters[prefix] = number
        let id = "\(prefix)_\(EntityRegistry.pad(number))"
        ids[key] = id
        keys.append(key)
        return id
    }

    /// The id of `key` if it has one.
    public func existingID(for key: EntityKey) -> String? {
        ids[key]
    }

    /// Number of entities with ids.
    public var count: Int { keys.count }

    private static func pad(_ number: Int) -> String {
        let digits = String(number)
        return digits.count >= 4 ? digits : String(repeating: "0", count: 4 - digits.count) + digits
    }
}
