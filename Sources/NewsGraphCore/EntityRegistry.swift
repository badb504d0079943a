/// Gives every entity its id, `per_0001`, `ttl_0001`, `plc_0001`, `org_0001`, `evt_0001`, in order
/// of first appearance, one counter per prefix, and numbers the entities with ids 0, 1, 2 … in
/// the same order (`EntityNumbers`). Used by the single committing thread only.
public struct EntityRegistry: Sendable {
    private var numbers = EntityNumbers()
    /// Ids by entity number.
    private var ids: [String] = []
    /// Ids given so far per prefix (five prefixes: a linear search beats hashing).
    private var counters: [(prefix: String, count: Int)] = []

    public init() {}

    /// Entities in the order they received their ids (by number).
    public var keys: [EntityKey] { numbers.keys }

    /// The id of `key`, assigning the next one of its prefix if it is new; nil for dates.
    public mutating func id(for key: EntityKey) -> String? {
        guard let prefix = key.label.entityIDPrefix else { return nil }
        return ids[Int(number(inserting: key, hash: EntityNumbers.hash(key), prefix: prefix))]
    }

    /// The numbers of `entities`' keys, in order, assigning ids to those that are new.
    public mutating func numbers(for entities: ArticleEntities) -> [Int32] {
        zip(entities.keys, entities.hashes).map { key, hash in
            number(inserting: key, hash: hash, prefix: key.label.entityIDPrefix!)
        }
    }

    /// The number of `key` (whose id prefix is `prefix`), giving it the next id when new.
    private mutating func number(inserting key: EntityKey, hash: UInt64, prefix: String) -> Int32 {
        let (number, inserted) = numbers.insert(key, hash: hash)
        guard inserted else { return number }
        var counter = 1
        if let index = counters.firstIndex(where: { $0.prefix == prefix }) {
            counters[index].count += 1
            counter = counters[index].count
        } else {
            counters.append((prefix, 1))
        }
        ids.append(EntityRegistry.id(prefix: prefix, counter: counter))
        return number
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

    /// `prefix`, `_` and `counter` in decimal, padded with zeros to at least four digits.
    private static func id(prefix: String, counter: Int) -> String {
        var digits = 4
        var limit = 10_000
        while counter >= limit {
            digits += 1
            limit *= 10
        }
        let prefixBytes = prefix.utf8
        return String(unsafeUninitializedCapacity: prefixBytes.count + 1 + digits) { bytes in
            var end = 0
            for byte in prefixBytes {
                bytes[end] = byte
                end += 1
            }
            bytes[end] = UInt8(ascii: "_")
            end += 1 + digits
            var rest = counter
            for index in (end - digits..<end).reversed() {
                bytes[index] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            }
            return end
        }
    }
}
