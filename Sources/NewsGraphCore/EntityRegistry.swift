/// Gives every entity its id, `per_0001`, `ttl_0001`, `plc_0001`, `org_0001`, `evt_0001`, in order
/// of first appearance, one counter per prefix, and numbers the entities with ids 0, 1, 2 … in
/// the same order (`EntityNumbers`). Used by the single committing thread only.
public struct EntityRegistry: Sendable {
    private var numbers = EntityNumbers()
    /// Ids by entity number.
    private var ids: [String] = []
    private var counters: [String: Int] = [:]

    public init() {}

    /// Entities in the order they received their ids (by number).
    public var keys: [EntityKey] { numbers.keys }

    /// The id of `key`, assigning the next one of its prefix if it is new; nil for dates.
    public mutating func id(for key: EntityKey) -> String? {
        guard let prefix = key.label.entityIDPrefix else { return nil }
        let (number, inserted) = numbers.insert(key)
        guard inserted else { return ids[Int(number)] }
        let counter = counters[prefix, default: 0] + 1
        counters[prefix] = counter
        let id = "\(prefix)_\(EntityRegistry.pad(counter))"
        ids.append(id)
        return id
    }

    /// The id of `key` if it has one.
    public func existingID(for key: EntityKey) -> String? {
        numbers.number(of: key).map { ids[Int($0)] }
    }

    /// The number of `key` if it has an id: its place in `keys`.
    public func number(of key: EntityKey) -> Int32? {
        numbers.number(of: key)
    }

    /// The id of the entity numbered `number`.
    public func id(ofNumber number: Int32) -> String {
        ids[Int(number)]
    }

    /// Number of entities with ids.
    public var count: Int { ids.count }

    private static func pad(_ number: Int) -> String {
        let digits = String(number)
        return digits.count >= 4 ? digits : String(repeating: "0", count: 4 - digits.count) + digits
    }
}
