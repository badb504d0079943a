/// Appends JSON text to a byte buffer: the minimal, deterministic form newsgraph writes.
///
/// Strings are escaped per RFC 8259; control characters, U+2028/U+2029 and the BOM are written as
/// `\uXXXX` so a line of JSON Lines never breaks in any reader.
public struct JSONOutput {
    /// The bytes written so far.
    public var bytes: [UInt8] = []

    public init(reservingCapacity capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// Appends raw ASCII or UTF-8 text (punctuation, keys already known to be safe).
    @inlinable public mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends a quoted, escaped JSON string.
    public mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        for scalar in text.unicodeScalars {
            let v = scalar.value
            switch v {
            case 0x22: raw("\\\"")
            case 0x5C: raw("\\\\")
            case 0x0A: raw("\\n")
            case 0x0D: raw("\\r")
            case 0x09: raw("\\t")
            case 0x00..<0x20, 0x7F, 0x2028, 0x2029, 0xFEFF: unicodeEscape(v)
            case 0x20..<0x80: bytes.append(UInt8(v))
            default: appendUTF8(scalar)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Appends a string, or `null`.
    public mutating func string(_ text: String?) {
        if let text { string(text) } else { raw("null") }
    }

    /// Appends an integer.
    public mutating func int(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    /// Appends `"key":`.
    public mutating func key(_ name: StaticString) {
        raw("\"")
        raw(name)
        raw("\":")
    }

    private mutating func unicodeEscape(_ value: UInt32) {
        let hex: [UInt8] = Array("0123456789abcdef".utf8)
        raw("\\u")
        for shift in stride(from: 12, through: 0, by: -4) {
            bytes.append(hex[Int((value >> UInt32(shift)) & 0xF)])
        }
    }

    private mutating func appendUTF8(_ scalar: Unicode.Scalar) {
        UTF8.encode(scalar) { bytes.append($0) }
    }
}
