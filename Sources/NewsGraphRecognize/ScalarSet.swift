/// A set of Unicode scalars as one bit per scalar of the Basic Multilingual Plane (8 KB), for
/// membership tests in per-scalar loops that would otherwise run a chain of comparisons or hash
/// each scalar (`Set<Unicode.Scalar>` costs a hash per test). Written as an array literal
/// (`["镇", "乡", "村"]`).
struct ScalarSet: Sendable, ExpressibleByArrayLiteral {
    private var bits = [UInt64](repeating: 0, count: 0x10000 / 64)
    /// The test itself, for scalars above U+FFFF.
    private let test: @Sendable (Unicode.Scalar) -> Bool

    /// The scalars for which `test` holds.
    /// - Complexity: O(65,536) calls of `test`, once.
    init(_ test: @escaping @Sendable (Unicode.Scalar) -> Bool) {
        self.test = test
        for value in UInt32(0)..<0x10000 {
            if let scalar = Unicode.Scalar(value), test(scalar) { bits[Int(value >> 6)] |= 1 << UInt64(value & 63) }
        }
    }

    /// Whether `scalar` is in the set.
    /// - Complexity: O(1); one array read below U+10000.
    @inline(__always)
    func contains(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        guard value < 0x10000 else { return test(scalar) }
        return bits[Int(value >> 6)] & (1 << UInt64(value & 63)) != 0
    }

    /// The set of `scalars`.
    /// - Complexity: O(k) for k scalars, plus the 8 KB of bits.
    init(_ scalars: [Unicode.Scalar]) {
        let astral = Set(scalars.filter { $0.value >= 0x10000 })
        test = { astral.contains($0) }
        for scalar in scalars where scalar.value < 0x10000 {
            bits[Int(scalar.value >> 6)] |= 1 << UInt64(scalar.value & 63)
        }
    }

    /// The set of the scalars listed.
    init(arrayLiteral scalars: Unicode.Scalar...) {
        self.init(scalars)
    }
}
