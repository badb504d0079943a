/// Appends JSON text to a byte buffer: the minimal, deterministic form newsgraph writes.
///
/// Strings are escaped per RFC 8259; control characters, U+2028/U+2029 and the BOM are written as
/// `\uXXXX` so a line of JSON Lines never breaks in any reader.
public struct JSONOutput {
    @usableFromInline var buffer: ByteBuffer

    /// The bytes written so far.
    public var bytes: [UInt8] { buffer.bytes }

    public init(reservingCapacity capacity: Int = 0) {
        buffer = ByteBuffer(capacity: capacity)
    }

    /// Appends raw ASCII or UTF-8 text (punctuation, keys already known to be safe).
    @inlinable @inline(__always) public mutating func raw(_ text: StaticString) {
        buffer.append(text)
    }

    /// Appends text known to be valid JSON as it is (a number formatted elsewhere).
    public mutating func raw(contentsOf text: String) {
        buffer.append(contentsOf: text)
    }

    /// Appends a quoted, escaped JSON string.
    /// - Complexity: O(n) over the UTF-8 bytes, copied as they are checked; the rest of the
    ///   string from the first byte that may need escaping on goes through `appendEscaped`.
    public mutating func string(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            Self.mayNeedEscape.withUnsafeBufferPointer { mayNeedEscape in
                let target = buffer.reserve(utf8.count + 2)
                target[0] = UInt8(ascii: "\"")
                var index = 0
                while index < utf8.count, !mayNeedEscape[Int(utf8[index])] {
                    target[index + 1] = utf8[index]
                    index += 1
                }
                if index == utf8.count {
                    target[index + 1] = UInt8(ascii: "\"")
                    buffer.commit(index + 2)
                } else {
                    buffer.commit(index + 1)
                    appendEscaped(UnsafeBufferPointer(rebasing: utf8[index...]), mayNeedEscape: mayNeedEscape)
                    buffer.append(UInt8(ascii: "\""))
                }
            }
        }
    }

    /// Whether each byte is, or may start, a character written escaped: quote, backslash,
    /// control characters, and the lead byte of U+2028, U+2029 and the BOM.
    private static let mayNeedEscape: [Bool] = (0...255).map { byte in
        byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F || byte == 0xE2 || byte == 0xEF
    }

    /// Appends `utf8` with the characters JSON Lines must not carry as they are escaped.
    /// - Complexity: O(n); runs of plain bytes are copied at once.
    private mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>, mayNeedEscape: UnsafeBufferPointer<Bool>) {
        var runStart = 0
        var index = 0
        while index < utf8.count {
            let byte = utf8[index]
            guard mayNeedEscape[Int(byte)] else {
                index += 1
                continue
            }
            var escape: UInt32?
            var width = 1
            switch byte {
            case 0x22, 0x5C, 0x00..<0x20, 0x7F:
                escape = UInt32(byte)
            case 0xE2 where index + 2 < utf8.count && utf8[index + 1] == 0x80 && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9):
                escape = utf8[index + 2] == 0xA8 ? 0x2028 : 0x2029
                width = 3
            case 0xEF where index + 2 < utf8.count && utf8[index + 1] == 0xBB && utf8[index + 2] == 0xBF:
                escape = 0xFEFF
                width = 3
            default:
                break
            }
            if let escape {
                buffer.append(UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                appendEscape(escape)
                index += width
                runStart = index
            } else {
                index += 1
            }
        }
        buffer.append(UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
    }

    private mutating func appendEscape(_ value: UInt32) {
        switch value {
        case 0x22: raw("\\\"")
        case 0x5C: raw("\\\\")
        case 0x0A: raw("\\n")
        case 0x0D: raw("\\r")
        case 0x09: raw("\\t")
        default: unicodeEscape(value)
        }
    }

    /// Appends the ISO form of `date` as a JSON string (it needs no escaping).
    public mutating func date(_ date: PartialDate) {
        buffer.append(UInt8(ascii: "\""))
        buffer.appendISO(date)
        buffer.append(UInt8(ascii: "\""))
    }

    /// Appends a string, or `null`.
    public mutating func string(_ text: String?) {
        if let text { string(text) } else { raw("null") }
    }

    /// Appends an integer in decimal, without building a `String`.
    @inlinable public mutating func int(_ value: Int) {
        buffer.appendDecimal(value)
    }

    /// Appends `"key":`.
    @inlinable @inline(__always) public mutating func key(_ name: StaticString) {
        buffer.append(UInt8(ascii: "\""))
        buffer.append(name)
        buffer.append("\":")
    }

    private mutating func unicodeEscape(_ value: UInt32) {
        let hex: StaticString = "0123456789abcdef"
        raw("\\u")
        for shift in stride(from: 12, through: 0, by: -4) {
            buffer.append(hex.utf8Start[Int((value >> UInt32(shift)) & 0xF)])
        }
    }
}
