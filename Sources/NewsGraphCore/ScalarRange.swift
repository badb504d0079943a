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
    public func string(_ range: ScalarRange) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: self[range.start..<range.end])
        return String(view)
    }
}
