/// A tab-separated data file of `Dictionaries/`: one record per line, `#` starts a comment line,
/// blank lines are skipped. Every row remembers its line for provenance and error messages.
public struct DictionaryFile: Sendable {
    /// One data line.
    public struct Row: Sendable {
        /// 1-based line number in the file.
        public var line: Int
        /// Tab-separated fields, trimmed of surrounding spaces.
        public var fields: [String]
    }

    /// The file's name as shown in messages (`Dictionaries/titles.tsv`).
    public let displayName: String
    /// The file's name without its folders, as provenance tags show it (`titles.tsv`).
    public let provenanceName: String
    /// Data rows, in file order.
    public var rows: [Row]

    /// Parses `text` (UTF-8 content of the file called `displayName`). Lines end at `\n`, with
    /// an optional `\r` before it.
    /// - Complexity: O(n) over the UTF-8 bytes; only fields are made into strings.
    public init(displayName: String, text: String) {
        self.displayName = displayName
        provenanceName = displayName.split(separator: "/").last.map(String.init) ?? displayName
        var rows: [Row] = []
        var number = 0
        for rawLine in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            number += 1
            var line = rawLine
            if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
            let trimmed = line.drop { $0 == UInt8(ascii: " ") }
            if trimmed.isEmpty || trimmed.first == UInt8(ascii: "#") { continue }
            let fields = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false).map { field in
                String(Substring(field.trimmingSpaces()))
            }
            rows.append(Row(line: number, fields: fields))
        }
        self.rows = rows
    }

    /// The provenance tag of a row: `titles.tsv:12`.
    public func provenance(of row: Row) -> String {
        "\(provenanceName):\(row.line)"
    }

    /// A compiler-style error at `row`.
    public func error(_ row: Row, _ message: String) -> DictionaryError {
        DictionaryError(file: displayName, line: row.line, message: message)
    }
}

/// A malformed dictionary or rule file, reported compiler-style:
/// `Dictionaries/titles.tsv:12: error: unknown part "boss" (expected scope, organ, rank or office)`.
public struct DictionaryError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    /// 1-based line, or nil for a problem with the whole file.
    public var line: Int?
    public var message: String

    public init(file: String, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        "\(file)\(line.map { ":\($0)" } ?? ""): error: \(message)"
    }
}

extension Substring.UTF8View {
    /// The bytes without the spaces around them.
    fileprivate func trimmingSpaces() -> Substring.UTF8View {
        var view = self
        while view.first == UInt8(ascii: " ") { view = view.dropFirst() }
        while view.last == UInt8(ascii: " ") { view = view.dropLast() }
        return view
    }
}
