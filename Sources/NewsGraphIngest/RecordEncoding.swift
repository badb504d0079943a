/// Brings the bytes of a JSON Lines file to UTF-8, the encoding its parser reads.
///
/// JSON Lines should be UTF-8, but Windows tools write UTF-16 with a byte order mark or a
/// UTF-8 one, and old systems GB18030. Broken bytes inside otherwise UTF-8 records are left
/// for the record parser, which repairs them and reports them by line.
enum RecordEncoding {
    /// The file's bytes as UTF-8, and notes about the conversion.
    /// - Throws: `TextDecoding.NotText` for documents, images, archives and binary data.
    /// - Complexity: O(n).
    static func utf8(_ bytes: [UInt8]) throws(TextDecoding.NotText) -> (bytes: [UInt8], notes: [String]) {
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes[3...]) : bytes
        if String(validating: body, as: UTF8.self) != nil {
            return (body, [])
        }
        let decoded = try TextDecoding.decode(bytes)
        if decoded.encoding == .utf8 {
            return (body, [])
        }
        let notes = ["JSON Lines in \(decoded.encoding.rawValue), not UTF-8; converted"] + decoded.notes
        return (Array(decoded.text.utf8), notes)
    }
}
