import NewsGraphCore

/// Appends DOT text to a byte buffer: punctuation, numbers and double-quoted strings.
struct DOTOutput {
    private var buffer = ByteBuffer(capacity: 1 << 16)

    /// The number of bytes appended since the last `take`.
    var count: Int { buffer.count }

    /// The bytes so far, leaving the buffer empty.
    mutating func take() -> [UInt8] {
        defer { buffer = ByteBuffer(capacity: 1 << 16) }
        return buffer.bytes
    }

    mutating func raw(_ text: StaticString) {
        buffer.append(text)
    }

    mutating func int(_ value: Int) {
        buffer.appendDecimal(value)
    }

    /// `text` (and `secondLine` after a line break, when given) as one DOT double-quoted string:
    /// quotes and backslashes escaped, a line break as `\n`, other control characters and
    /// U+FFFE/U+FFFF as U+FFFD.
    /// - Complexity: O(n) over the UTF-8 bytes; runs of plain bytes are copied at once.
    mutating func quoted(_ text: String, secondLine: String? = nil) {
        buffer.append(UInt8(ascii: "\""))
        escape(text)
        if let secondLine {
            raw("\\n")
            escape(secondLine)
        }
        buffer.append(UInt8(ascii: "\""))
    }

    /// The ISO form of `date` as a DOT double-quoted string (it needs no escaping).
    mutating func quoted(_ date: PartialDate) {
        buffer.append(UInt8(ascii: "\""))
        buffer.appendISO(date)
        buffer.append(UInt8(ascii: "\""))
    }

    private mutating func escape(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            var runStart = 0
            var index = 0
            while index < utf8.count {
                let byte = utf8[index]
                let noncharacter = byte == 0xEF && index + 2 < utf8.count && utf8[index + 1] == 0xBF
                    && (utf8[index + 2] == 0xBE || utf8[index + 2] == 0xBF)
                guard byte < 0x20 || byte == 0x7F || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || noncharacter else {
                    index += 1
                    continue
                }
                buffer.append(UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                switch byte {
                case UInt8(ascii: "\""): raw("\\\"")
                case UInt8(ascii: "\\"): raw("\\\\")
                case UInt8(ascii: "\n"): raw("\\n")
                default: raw("\u{FFFD}")
                }
                index += noncharacter ? 3 : 1
                runStart = index
            }
            buffer.append(UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
        }
    }
}
