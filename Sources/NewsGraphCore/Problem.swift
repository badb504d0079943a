/// A problem with the input, reported to the user as one line on stderr.
///
/// Rendered compiler-style: `seeds/a.txt:12: warning: invalid UTF-8 at byte 5310; replaced with
/// U+FFFD`. Every problem names the file, where in it (line or byte offset) when known, what
/// happened and what was done about it.
public struct Problem: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        /// Something was repaired or guessed; the data was kept.
        case warning
        /// Something could not be read and was skipped; the run exits with status 1.
        case error
    }

    public var severity: Severity
    /// The file (as given or found), or `<stdin>`.
    public var file: String
    /// 1-based line, when known.
    public var line: Int?
    /// What happened and what was done, in one sentence.
    public var message: String

    public init(_ severity: Severity, file: String, line: Int? = nil, _ message: String) {
        self.severity = severity
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        let place = line.map { "\(file):\($0)" } ?? file
        return "\(place): \(severity.rawValue): \(message)"
    }
}
