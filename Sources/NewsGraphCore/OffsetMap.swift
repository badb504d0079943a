/// Maps offsets in an analysis view back to offsets in the exported text.
///
/// The analysis view is the text with some scalars removed (layout breaks inside a word); each
/// removal is recorded as a breakpoint after which analysis offsets shift by a larger delta.
/// An empty map is the identity.
public struct OffsetMap: Sendable, Equatable {
    /// Analysis offsets at which a new delta starts, ascending.
    private var breakpoints: [Int] = []
    /// `text offset - analysis offset` from the matching breakpoint on.
    private var deltas: [Int] = []

    public init() {}

    /// The identity map.
    public static let identity = OffsetMap()

    /// Whether analysis and text offsets coincide everywhere.
    public var isIdentity: Bool { deltas.allSatisfy { $0 == 0 } }

    /// Records that analysis offset `analysisOffset` corresponds to `textOffset`, and so on after
    /// it until the next breakpoint. Breakpoints must be added in ascending order.
    public mutating func shift(at analysisOffset: Int, toText textOffset: Int) {
        let delta = textOffset - analysisOffset
        if let last = breakpoints.last, last == analysisOffset {
            deltas[deltas.count - 1] = delta
        } else {
            precondition(breakpoints.last.map { $0 < analysisOffset } ?? true, "breakpoints out of order")
            breakpoints.append(analysisOffset)
            deltas.append(delta)
        }
    }

    /// The text offset of analysis offset `offset`.
    /// - Complexity: O(log b), b the number of breakpoints.
    public func textOffset(_ offset: Int) -> Int {
        var low = 0
        var high = breakpoints.count
        while low < high {
            let mid = (low + high) / 2
            if breakpoints[mid] <= offset { low = mid + 1 } else { high = mid }
        }
        return low == 0 ? offset : offset + deltas[low - 1]
    }

    /// The text range covering the analysis range `range`: from its first scalar to just after
    /// its last, so a span that ends before a removed break does not swallow the break.
    public func textRange(_ range: ScalarRange) -> ScalarRange {
        guard range.count > 0 else {
            let point = textOffset(range.start)
            return ScalarRange(point, point)
        }
        return ScalarRange(textOffset(range.start), textOffset(range.end - 1) + 1)
    }
}
