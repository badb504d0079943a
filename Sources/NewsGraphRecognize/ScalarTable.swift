/// A map from Unicode scalars to values for per-character lookups in hot loops: a dense array
/// for the Basic Multilingual Plane, a dictionary above it.
public struct ScalarTable<Value: Sendable>: Sendable {
    private var dense = [Value?](repeating: nil, count: 0x10000)
    private var sparse: [Unicode.Scalar: Value] = [:]

    public init() {}

    /// The value of `scalar`, if any.
    /// - Complexity: O(1); one array read below U+10000.
    @inline(__always)
    public subscript(scalar: Unicode.Scalar) -> Value? {
        get { scalar.value < 0x10000 ? dense[Int(scalar.value)] : sparse[scalar] }
        set {
            if scalar.value < 0x10000 { dense[Int(scalar.value)] = newValue } else { sparse[scalar] = newValue }
        }
    }

    /// Calls `body` with every scalar that has a value, in scalar order below U+10000.
    /// - Complexity: O(65,536 + s) for s scalars above the Basic Multilingual Plane.
    public func forEach(_ body: (Unicode.Scalar, Value) -> Void) {
        for (index, value) in dense.enumerated() {
            if let value, let scalar = Unicode.Scalar(UInt32(index)) { body(scalar, value) }
        }
        for (scalar, value) in sparse { body(scalar, value) }
    }
}
