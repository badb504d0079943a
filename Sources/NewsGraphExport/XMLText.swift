/// Text as XML 1.0 may carry it.
enum XMLText {
    /// `text` with the characters XML 1.0 forbids (most C0 controls, U+FFFE, U+FFFF) replaced by U+FFFD.
    static func safe(_ text: String) -> String {
        // Every forbidden character starts with a byte below 0x20 or with 0xEF (U+FFFE, U+FFFF).
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0xEF }),
              text.unicodeScalars.contains(where: isForbidden) else { return text }
        var view = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            view.append(isForbidden(scalar) ? "\u{FFFD}" : scalar)
        }
        return String(view)
    }

    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D) || v == 0xFFFE || v == 0xFFFF
    }

    /// Appends UTF-8 `bytes` with the characters XML 1.0 forbids replaced by U+FFFD.
    /// - Complexity: O(n); runs of allowed bytes are copied at once.
    static func appendSafe(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        var runStart = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let control = byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D
            let noncharacter = byte == 0xEF && index + 2 < bytes.count && bytes[index + 1] == 0xBF
                && (bytes[index + 2] == 0xBE || bytes[index + 2] == 0xBF)
            guard control || noncharacter else {
                index += 1
                continue
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            out.append(contentsOf: [0xEF, 0xBF, 0xBD])
            index += noncharacter ? 3 : 1
            runStart = index
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
    }

    /// Appends UTF-8 with markup characters written as references, the way libxml2's writer
    /// escapes them: `&`, `<`, `>`, `"` and CR, and in attribute values tab and line feed too.
    static func appendEscaped<Bytes: Sequence<UInt8>>(_ bytes: Bytes, to out: inout [UInt8], inAttribute: Bool) {
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
            case 0x0D: out.append(contentsOf: "&#13;".utf8)
            case 0x09 where inAttribute: out.append(contentsOf: "&#9;".utf8)
            case 0x0A where inAttribute: out.append(contentsOf: "&#10;".utf8)
            default: out.append(byte)
            }
        }
    }
}
