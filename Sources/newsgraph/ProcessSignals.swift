#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Signals that would kill the process without a word.
enum ProcessSignals {
    /// Ignores SIGXFSZ (a file grew past `ulimit -f`) and SIGPIPE (the reader of standard output
    /// went away), so the write fails with EFBIG or EPIPE instead, and the run reports it in one
    /// line, removes its temporary files and exits with status 1.
    static func reportWriteFailuresInstead() {
        signal(SIGXFSZ, SIG_IGN)
        signal(SIGPIPE, SIG_IGN)
    }
}
