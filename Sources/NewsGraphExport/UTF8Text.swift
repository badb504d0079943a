import NewsGraphCore

/// A text as UTF-8 bytes with the byte offset of every code point, so that code point ranges
/// (the offsets of mentions and sentences) slice the bytes without decoding.
struct UTF8Text {
    let bytes: [UInt8]
    /// `offsets[i]` is where code point `i` starts; the last entry is the byte count.
    private let offsets: [Int32]

    init(_ text: String) {
        bytes = Array(text.utf8)
        var offsets: [Int32] = []
        offsets.reserveCapacity(bytes.count / 2 + 1)
        for (index, byte) in bytes.enumerated() where byte & 0xC0 != 0x80 {
            offsets.append(Int32(index))
        }
        offsets.append(Int32(bytes.count))
        self.offsets = offsets
    }

    /// The byte range of code points `range`.
    func byteRange(_ range: ScalarRange) -> Range<Int> {
        Int(offsets[range.start])..<Int(offsets[range.end])
    }

    /// Whether code points `range` include a line break.
    func containsLineBreak(_ range: ScalarRange) -> Bool {
        bytes[byteRange(range)].contains(UInt8(ascii: "\n"))
    }
}
