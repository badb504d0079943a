/// A half-open range of Unicode scalar (code point) offsets into an article's text.
///
/// Offsets count `String.unicodeScalars`, never UTF-16 units or grapheme clusters, so `王𠮷` is
/// two scalars long.
public struct ScalarRange: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// First scalar offset, inclusive.
    public var start: Int
    /// Scalar offset one past the last scalar.
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        precondition(start <= end, "ScalarRange start \(start) > end \(end)")
        self.start = start
        self.end = end
    }

    /// Number of scalars covered.
    public var count: Int { end - start }

    /// Whether the two ranges share at least one scalar.
    public func overlaps(_ other: ScalarRange) -> Bool {
        start < other.end && other.start < end
    }

    /// Whether `other` lies entirely inside this range.
    public func contains(_ other: ScalarRange) -> Bool {
        start <= other.start && other.end <= end
    }

    public static func < (lhs: ScalarRange, rhs: ScalarRange) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }

    public var description: String { "\(start)..<\(end)" }
}

extension Array where Element == Unicode.Scalar {
    /// The text of `range` as a `String`.
    /// - Complexity: O(k) for k scalars, encoded to UTF-8 in one buffer.
    public func string(_ range: ScalarRange) -> String {
        guard range.count > 0 else { return "" }
        return withUnsafeBufferPointer { scalars in
            String(unsafeUninitializedCapacity: range.count * 4) { buffer in
                var length = 0
                for index in range.start..<range.end {
                    let value = scalars[index].value
                    if value < 0x80 {
                        buffer[length] = UInt8(value)
                        length += 1
                    } else if value < 0x800 {
                        buffer[length] = UInt8(0xC0 | value >> 6)
                        buffer[length + 1] = UInt8(0x80 | value & 0x3F)
                        length += 2
                    } else if value < 0x10000 {
                        buffer[length] = UInt8(0xE0 | value >> 12)
                        buffer[length + 1] = UInt8(0x80 | (value >> 6) & 0x3F)
                        buffer[length + 2] = UInt8(0x80 | value & 0x3F)
                        length += 3
                    } else {
                        buffer[length] = UInt8(0xF0 | value >> 18)
                        buffer[length + 1] = UInt8(0x80 | (value >> 12) & 0x3F)
                        buffer[length + 2] = UInt8(0x80 | (value >> 6) & 0x3F)
                        buffer[length + 3] = UInt8(0x80 | value & 0x3F)
                        length += 4
                    }
                }
                return length
            }
        }
    }
}
