/// An open-addressing hash table from 64-bit keys to node numbers: the trie transitions of
/// `Lexicon`. A multiplicative hash and linear probing over flat arrays make a lookup a few
/// instructions, with no per-lookup allocation or reference counting.
struct TransitionTable: Sendable {
    /// Keys of occupied slots; `Self.empty` marks a free slot.
    private var keys: [UInt64]
    private var values: [Int32]
    private var count = 0
    /// log2 of the slot count.
    private var bits: Int

    /// A key no transition uses (node numbers are below 2^31).
    private static let empty = UInt64.max

    init() {
        bits = 10
        keys = [UInt64](repeating: Self.empty, count: 1 << 10)
        values = [Int32](repeating: 0, count: 1 << 10)
    }

    @inline(__always)
    private func slot(of key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - bits))
    }

    /// The value stored for `key`, if any.
    @inline(__always)
    func value(for key: UInt64) -> Int32? {
        let mask = keys.count - 1
        var index = slot(of: key)
        while true {
            let found = keys[index]
            if found == key { return values[index] }
            if found == Self.empty { return nil }
            index = (index + 1) & mask
        }
    }

    /// Stores `value` for `key` (a key is stored once; a second store replaces the value).
    mutating func set(_ value: Int32, for key: UInt64) {
        if (count + 1) * 2 > keys.count { grow() }
        let mask = keys.count - 1
        var index = slot(of: key)
        while keys[index] != Self.empty && keys[index] != key { index = (index + 1) & mask }
        if keys[index] == Self.empty { count += 1 }
        keys[index] = key
        values[index] = value
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        bits += 1
        keys = [UInt64](repeating: Self.empty, count: 1 << bits)
        values = [Int32](repeating: 0, count: 1 << bits)
        count = 0
        for (key, value) in zip(oldKeys, oldValues) where key != Self.empty { set(value, for: key) }
    }
}
