import NewsGraphCore

/// Reads one JSON Lines record (`{"id": …, "text": …}` plus optional `title`, `date`,
/// `newspaper`, `page`, `url`) into the fields of an article.
public enum RecordParser {
    /// The fields of a valid record.
    public struct Record: Sendable, Equatable {
        /// The record's id as a string (numbers are written without a fraction), if it has one.
        public var id: String?
        public var text: String
        public var title: String?
        public var date: PartialDate?
        public var newspaper: String?
        public var page: String?
        public var url: String?
        /// Repairs made while reading (broken characters, a date that was not ISO 8601).
        public var notes: [String]
    }

    /// Why a line is not a usable record.
    public struct Failure: Error, Sendable, Equatable, CustomStringConvertible {
        public var reason: String
        /// The record's id when the line was JSON with an id, so an error line can name it.
        public var id: String?
        public var description: String { reason }

        public init(reason: String, id: String?) {
            self.reason = reason
            self.id = id
        }
    }

    /// Parses the bytes of one line (without its line break).
    public static func parse(_ line: [UInt8]) throws(Failure) -> Record {
        let value: JSONValue
        let repairs: Int
        do {
            (value, repairs) = try JSONParser.parse(line)
        } catch {
            throw Failure(reason: "invalid JSON: \(error)", id: nil)
        }
        guard case .object = value else {
            throw Failure(reason: "record is \(value.typeName), not an object", id: nil)
        }
        let id = value["id"]?.scalarText
        guard let textValue = value["text"] else {
            throw Failure(reason: "record has no \"text\"", id: id)
        }
        guard let text = textValue.stringValue else {
            throw Failure(reason: "\"text\" is \(textValue.typeName), not a string", id: id)
        }
        var notes: [String] = []
        if repairs > 0 {
            notes.append("\(repairs) broken character\(repairs == 1 ? "" : "s") (invalid UTF-8 or unpaired surrogate escapes) replaced with U+FFFD; record kept")
        }
        var date: PartialDate?
        if let dateValue = value["date"], dateValue != .null {
            if let written = dateValue.stringValue, let parsed = PartialDate(iso: written) {
                date = parsed
            } else {
                notes.append("\"date\" is not an ISO 8601 date; ignored")
            }
        }
        return Record(
            id: id, text: text, title: value["title"]?.stringValue, date: date,
            newspaper: value["newspaper"]?.stringValue, page: value["page"]?.scalarText,
            url: value["url"]?.stringValue, notes: notes
        )
    }
}
