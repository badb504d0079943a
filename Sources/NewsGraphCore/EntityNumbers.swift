/// Entities numbered 0, 1, 2 … in order of first insertion, with a lookup that hashes and
/// compares the name's UTF-8 bytes directly: run-wide tables look entities up for every
/// mention and every graph edge.
public struct EntityNumbers: Sendable {
    /// The entities, by number.
    public private(set) var keys: [EntityKey] = []
    /// Hash of each entity (`hash(_:)`), by number.
    public private(set) var hashes: [UInt64] = []
    /// Open addressing (linear probing): an entity number, or -1 for an empty slot.
    private var slots = [Int32](repeating: -1, count: 64)

    public init() {}

    /// Number of entities.
    public var count: Int { keys.count }

    /// The number of `key`, if it has one.
    public func number(of key: EntityKey) -> Int32? {
        let hash = EntityNumbers.hash(key)
        return find(key, hash: hash).number
    }

    /// The number of `key`, giving it the next one when it is new.
    public mutating func insert(_ key: EntityKey) -> (number: Int32, inserted: Bool) {
        insert(key, hash: EntityNumbers.hash(key))
    }

    /// `insert(_:)` for a key whose `hash(_:)` is known.
    public mutating func insert(_ key: EntityKey, hash: UInt64) -> (number: Int32, inserted: Bool) {
        let (found, slot) = find(key, hash: hash)
        if let found { return (found, false) }
        let number = Int32(keys.count)
        keys.append(key)
        hashes.append(hash)
        slots[slot] = number
        if keys.count > slots.count / 4 * 3 { grow() }
        return (number, true)
    }

    /// The number of `key`, or the empty slot where it belongs.
    private func find(_ key: EntityKey, hash: UInt64) -> (number: Int32?, slot: Int) {
        let mask = slots.count - 1
        var slot = EntityNumbers.slot(hash, mask: mask)
        while true {
            let number = slots[slot]
            if number < 0 { return (nil, slot) }
            if hashes[Int(number)] == hash, EntityNumbers.same(keys[Int(number)], key) { return (number, slot) }
            slot = (slot + 1) & mask
        }
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for number in keys.indices {
            var slot = EntityNumbers.slot(hashes[number], mask: mask)
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(number)
        }
    }

    private static func slot(_ hash: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// FNV-1a of the label and the name's UTF-8 bytes: the hash the table looks `key` up by.
    public static func hash(_ key: EntityKey) -> UInt64 {
        var name = key.name
        return name.withUTF8 { bytes in
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(key.label.order)
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0100_0000_01B3 }
            return hash
        }
    }

    /// Whether two keys have the same label and the same UTF-8 bytes (as `EntityKey.==`).
    private static func same(_ a: EntityKey, _ b: EntityKey) -> Bool {
        guard a.label == b.label else { return false }
        var left = a.name, right = b.name
        return left.withUTF8 { left in
            right.withUTF8 { right in
                guard left.count == right.count else { return false }
                for index in left.indices where left[index] != right[index] { return false }
                return true
            }
        }
    }
}
