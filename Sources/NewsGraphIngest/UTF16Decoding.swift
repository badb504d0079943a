/// Decodes UTF-16 text, noting an odd trailing byte and unpaired surrogates.
enum UTF16Decoding {
    /// The text of `bytes` from `start`, read in the given byte order; `notes` come first.
    /// - Complexity: O(n).
    static func decode(_ bytes: [UInt8], from start: Int, littleEndian: Bool, notes: [String]) -> TextDecoding.Decoded {
        var notes = notes
        if (bytes.count - start) % 2 == 1 {
            notes.append("odd number of bytes in UTF-16 text; the last byte (at \(bytes.count - 1)) dropped")
        }
        let result = text(bytes, from: start, littleEndian: littleEndian)
        if result.replaced > 0 {
            let more = result.replaced > 1 ? " and \(result.replaced - 1) more places" : ""
            notes.append("unpaired UTF-16 surrogate at byte \(result.firstReplaced ?? start)\(more); replaced with U+FFFD")
        }
        return TextDecoding.Decoded(text: result.text, encoding: littleEndian ? .utf16LE : .utf16BE, notes: notes)
    }

    /// The text of `bytes` from `start` (an odd last byte ignored), with the number of unpaired
    /// surrogates replaced by U+FFFD and the byte offset of the first.
    /// - Complexity: O(n).
    static func text(_ bytes: [UInt8], from start: Int, littleEndian: Bool) -> (text: String, replaced: Int, firstReplaced: Int?) {
        var units: [UInt16] = []
        units.reserveCapacity((bytes.count - start) / 2)
        var index = start
        while index + 1 < bytes.count {
            let a = UInt16(bytes[index])
            let b = UInt16(bytes[index + 1])
            units.append(littleEndian ? a | b << 8 : a << 8 | b)
            index += 2
        }
        var scalars = String.UnicodeScalarView()
        var replaced = 0
        var firstReplaced: Int?
        var decoder = UTF16()
        var iterator = units.makeIterator()
        var unitOffset = 0
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                scalars.append(scalar)
                unitOffset += UTF16.width(scalar)
            case .emptyInput:
                break loop
            case .error:
                replaced += 1
                if firstReplaced == nil { firstReplaced = start + unitOffset * 2 }
                scalars.append("\u{FFFD}")
                unitOffset += 1
            }
        }
        return (String(scalars), replaced, firstReplaced)
    }
}
