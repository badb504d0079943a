/// A set of Unicode scalars as one bit per scalar of the Basic Multilingual Plane (8 KB), for
/// membership tests in per-scalar loops that would otherwise run a chain of comparisons.
struct ScalarSet: Sendable {
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
}
