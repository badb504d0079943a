/// Turns code point offsets (those of sentences and mentions) into byte offsets of a text's
/// UTF-8, walking from the offset asked for last: in text order, as a writer asks, each byte is
/// passed once, and nothing is stored per code point.
struct ScalarByteOffsets {
    let utf8: UnsafeBufferPointer<UInt8>
    private var scalar = 0
    private var byte = 0

    init(_ utf8: UnsafeBufferPointer<UInt8>) {
        self.utf8 = utf8
    }

    /// Where code point `offset` starts (the byte count for the end of the text).
    mutating func byteOffset(_ offset: Int) -> Int {
        while scalar < offset, byte < utf8.count {
            let lead = utf8[byte]
            byte += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            scalar += 1
        }
        while scalar > offset {
            repeat { byte -= 1 } while utf8[byte] & 0xC0 == 0x80
            scalar -= 1
        }
        return byte
    }

    /// The bytes of code points `start..<end`.
    mutating func bytes(_ start: Int, _ end: Int) -> UnsafeBufferPointer<UInt8> {
        let from = byteOffset(start)
        return UnsafeBufferPointer(rebasing: utf8[from..<byteOffset(end)])
    }
}
