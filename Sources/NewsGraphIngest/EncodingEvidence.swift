// Counts that tell encodings apart, each in one pass over the bytes.

/// How well bytes read as UTF-8: valid multi-byte characters against invalid sequences.
struct UTF8Evidence {
    /// Valid characters of two to four bytes.
    private(set) var multibyte = 0
    /// Invalid sequences (each becomes one U+FFFD).
    private(set) var invalid = 0
    /// Offset of the first invalid sequence.
    private(set) var firstInvalid: Int?

    init(_ bytes: [UInt8], from start: Int = 0) {
        var decoder = UTF8()
        var iterator = bytes[start...].makeIterator()
        var offset = start
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                let width = UTF8.width(scalar)
                if width > 1 { multibyte += 1 }
                offset += width
            case .emptyInput:
                break loop
            case .error:
                invalid += 1
                if firstInvalid == nil { firstInvalid = offset }
                offset += 1
            }
        }
    }

    /// UTF-8 text with a few broken bytes: at least eight valid characters for each invalid
    /// sequence. GBK text read as UTF-8 gives the other way round.
    var isMostlyValid: Bool { multibyte >= 8 * invalid && multibyte > 0 }
}

/// How GB18030 double-byte characters fall: inside GB2312 (the common simplified characters of
/// mainland text), or outside (rare characters, or another encoding such as Big5 misread).
struct GB2312Evidence {
    /// Non-ASCII characters (two- and four-byte).
    private(set) var characters = 0
    /// Of those, the ones outside GB2312's rows (lead A1–F7, trail A1–FE).
    private(set) var outside = 0

    init(_ bytes: [UInt8]) {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            guard lead >= 0x80, index + 1 < bytes.count else {
                index += 1
                continue
            }
            characters += 1
            let trail = bytes[index + 1]
            if (0x30...0x39).contains(trail) {
                outside += 1
                index += 4
            } else {
                if !((0xA1...0xF7).contains(lead) && (0xA1...0xFE).contains(trail)) { outside += 1 }
                index += 2
            }
        }
    }
}

/// Where the zero bytes of a file are, and how many control characters it has: UTF-16 text
/// without a byte order mark has zeros at every other offset (the high bytes of ASCII
/// characters); binary data has zeros and control bytes anywhere, text almost none.
struct ControlBytes {
    /// NUL bytes.
    private(set) var zeros = 0
    /// Other C0 control bytes than tab, line feed, vertical tab, form feed, carriage return and
    /// escape, and DEL. In UTF-8 and GB18030 such bytes are always characters of their own.
    private(set) var controls = 0
    private var evenZeros = 0
    private let total: Int

    init(_ bytes: [UInt8]) {
        total = bytes.count
        bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            // Eight bytes at a time: most words of text have no control byte and are skipped whole.
            while index + 8 <= buffer.count {
                let word = UInt64(littleEndian: UnsafeRawPointer(buffer.baseAddress! + index).loadUnaligned(as: UInt64.self))
                if Self.mayHaveControl(word) {
                    for offset in index..<index + 8 { count(buffer[offset], at: offset) }
                }
                index += 8
            }
            while index < buffer.count {
                count(buffer[index], at: index)
                index += 1
            }
        }
    }

    private mutating func count(_ byte: UInt8, at index: Int) {
        guard byte < 0x20 || byte == 0x7F else { return }
        switch byte {
        case 0:
            zeros += 1
            if index % 2 == 0 { evenZeros += 1 }
        case 0x09...0x0D, 0x1B: break
        default: controls += 1
        }
    }

    /// Whether one of the eight bytes of `word` is below 0x20 or is 0x7F (exact: a byte's
    /// subtraction borrows from the next only when that byte is below 0x20 itself).
    private static func mayHaveControl(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        let belowSpace = (word &- ones &* 0x20) & ~word & highBits
        let delete = word ^ (ones &* 0x7F)
        let isDelete = (delete &- ones) & ~delete & highBits
        return belowSpace | isDelete != 0
    }

    /// True for UTF-16LE, false for UTF-16BE, nil when the zeros do not look like UTF-16: at
    /// least four of them and one byte in two hundred, three in four on one side (the others
    /// are the low bytes of characters such as 一 U+4E00).
    var utf16ByteOrder: Bool? {
        guard zeros >= 4, zeros * 200 >= total else { return nil }
        let odd = zeros - evenZeros
        if odd * 4 >= zeros * 3 { return true }
        if evenZeros * 4 >= zeros * 3 { return false }
        return nil
    }
}
