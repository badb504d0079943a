/// Time spent in each stage, summed over articles (and over workers, so per-stage sums can
/// exceed the wall time).
public struct StageTimes: Sendable, Equatable {
    public var read: Duration = .zero
    public var normalize: Duration = .zero
    public var recognize: Duration = .zero
    public var link: Duration = .zero
    public var graph: Duration = .zero
    public var commit: Duration = .zero
    public var render: Duration = .zero
    public var write: Duration = .zero

    public init() {}

    /// The stages with their names, in pipeline order.
    public var named: [(String, Duration)] {
        [("read", read), ("normalize", normalize), ("recognize", recognize), ("link", link),
         ("graph", graph), ("commit", commit), ("render", render), ("write", write)]
    }

    public static func + (a: StageTimes, b: StageTimes) -> StageTimes {
        var sum = StageTimes()
        sum.read = a.read + b.read
        sum.normalize = a.normalize + b.normalize
        sum.recognize = a.recognize + b.recognize
        sum.link = a.link + b.link
        sum.graph = a.graph + b.graph
        sum.commit = a.commit + b.commit
        sum.render = a.render + b.render
        sum.write = a.write + b.write
        return sum
    }

    public static func += (a: inout StageTimes, b: StageTimes) {
        a = a + b
    }
}

extension Duration {
    /// The duration in seconds.
    public var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
