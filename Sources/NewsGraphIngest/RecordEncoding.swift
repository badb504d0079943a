/// Brings the bytes of a JSON Lines file to UTF-8, the encoding its parser reads.
///
/// JSON Lines should be UTF-8, but Windows tools write UTF-16 with a byte order mark or a
/// UTF-8 one, and old systems GB18030. Broken bytes inside otherwise UTF-8 records are left
/// for the record parser, which repairs them and reports them by line.
enum RecordEncoding {
    /// How to read a JSON Lines file, decided from its first chunk: the UTF-8 bytes of that
    /// chunk, a decoder for the later chunks when the file is not UTF-8, and notes.
    /// - Throws: `TextDecoding.NotText` for documents, images, archives and binary data.
    /// - Complexity: O(n) in the chunk.
    static func start(_ first: [UInt8], isWholeFile: Bool) throws(TextDecoding.NotText) -> (utf8: [UInt8], decoder: IncrementalDecoder?, notes: [String]) {
        let mark = first.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        if isUTF8(first[mark...], isWholeFile: isWholeFile) {
            return (Array(first[mark...]), nil, [])
        }
        let probe = try TextDecoding.decode(first)
        if probe.encoding == .utf8 {
            return (Array(first[mark...]), nil, [])
        }
        let notes = ["JSON Lines in \(probe.encoding.rawValue), not UTF-8; converted"] + TextDecoding.guessNotes(probe)
        let bom = TextDecoding.byteOrderMarkLength(first, encoding: probe.encoding)
        var decoder = IncrementalDecoder(encoding: probe.encoding, offset: bom)
        let text = decoder.decode(first[bom...], final: isWholeFile)
        return (Array(text.utf8), decoder, notes)
    }

    /// Whether `bytes` are UTF-8, allowing a character cut at the end of a chunk.
    private static func isUTF8(_ bytes: ArraySlice<UInt8>, isWholeFile: Bool) -> Bool {
        if String(validating: bytes, as: UTF8.self) != nil { return true }
        guard !isWholeFile else { return false }
        var end = bytes.endIndex
        var back = 0
        while end > bytes.startIndex, back < 3, bytes[end - 1] >= 0x80 {
            end -= 1
            back += 1
            if String(validating: bytes[bytes.startIndex..<end], as: UTF8.self) != nil { return true }
        }
        return false
    }
}
