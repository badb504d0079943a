import Synchronization

/// Collects problems from every worker, in a thread-safe way, and hands them to a sink.
///
/// Workers report as they find problems; the log counts errors for the exit status.
public final class ProblemLog: Sendable {
    private let state = Mutex<(errors: Int, warnings: Int)>((0, 0))
    private let sink: @Sendable (Problem) -> Void

    /// Creates a log that passes every problem to `sink` (the CLI prints to stderr).
    public init(sink: @escaping @Sendable (Problem) -> Void) {
        self.sink = sink
    }

    /// Records and forwards `problem`.
    public func report(_ problem: Problem) {
        state.withLock { counts in
            if problem.severity == .error { counts.errors += 1 } else { counts.warnings += 1 }
        }
        sink(problem)
    }

    /// Number of errors reported so far.
    public var errorCount: Int { state.withLock { $0.errors } }

    /// Number of warnings reported so far.
    public var warningCount: Int { state.withLock { $0.warnings } }
}

/// Collects problems in memory; for tests and for callers that report at the end.
public final class ProblemCollector: Sendable {
    private let items = Mutex<[Problem]>([])

    public init() {}

    /// Appends a problem.
    public func append(_ problem: Problem) {
        items.withLock { $0.append(problem) }
    }

    /// Every problem so far, in report order.
    public var problems: [Problem] { items.withLock { $0 } }

    /// A `ProblemLog` that forwards to this collector.
    public func log() -> ProblemLog {
        ProblemLog { [self] problem in append(problem) }
    }
}
