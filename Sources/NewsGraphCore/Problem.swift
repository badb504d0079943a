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

    /// The problem as one line: line breaks and other control characters in the file name or
    /// the message (a record id may hold any of them) are written as escapes (`\n`, `\u{1B}`).
    public var description: String {
        let place = line.map { "\(file):\($0)" } ?? file
        return Self.oneLine("\(place): \(severity.rawValue): \(message)")
    }

    private static func oneLine(_ text: String) -> String {
        let breaking: (Unicode.Scalar) -> Bool = { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0 == "\u{2028}" || $0 == "\u{2029}" }
        guard text.unicodeScalars.contains(where: breaking) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result.append(contentsOf: "\\n".unicodeScalars)
            case "\r": result.append(contentsOf: "\\r".unicodeScalars)
            case "\t": result.append(contentsOf: "\\t".unicodeScalars)
            default:
                if breaking(scalar) {
                    result.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
                } else {
                    result.append(scalar)
                }
            }
        }
        return String(result)
    }
}
