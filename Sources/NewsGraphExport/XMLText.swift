import NewsGraphCore

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
}

/// XML markup built as bytes, escaped exactly as libxml2's `xmlTextWriter` escapes what it is
/// given (`xmlTextWriterWriteString`, `xmlTextWriterWriteAttribute`), so that markup built here and
/// handed to the writer raw is byte for byte what the writer would have made of it.
extension ByteBuffer {
    /// Appends UTF-8 character data: characters XML forbids become U+FFFD; `&`, `<`, `>` and `"`
    /// become entity references and CR `&#13;`.
    /// - Complexity: O(n); runs of plain bytes are copied at once.
    mutating func appendXMLText(_ utf8: UnsafeBufferPointer<UInt8>) {
        var runStart = 0
        var index = 0
        while index < utf8.count {
            let byte = utf8[index]
            // Markup characters and controls are below 0x40; U+FFFE and U+FFFF start with 0xEF.
            guard byte < 0x40 || byte == 0xEF else {
                index += 1
                continue
            }
            let replacement: StaticString
            var width = 1
            switch byte {
            case UInt8(ascii: "&"): replacement = "&amp;"
            case UInt8(ascii: "<"): replacement = "&lt;"
            case UInt8(ascii: ">"): replacement = "&gt;"
            case UInt8(ascii: "\""): replacement = "&quot;"
            case 0x0D: replacement = "&#13;"
            case 0x09, 0x0A:
                index += 1
                continue
            case 0x00..<0x20: replacement = "\u{FFFD}"
            case 0xEF where index + 2 < utf8.count && utf8[index + 1] == 0xBF && (utf8[index + 2] == 0xBE || utf8[index + 2] == 0xBF):
                replacement = "\u{FFFD}"
                width = 3
            default:
                index += 1
                continue
            }
            append(UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
            append(replacement)
            index += width
            runStart = index
        }
        append(UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
    }

    /// Appends an attribute value (without its quotes): characters XML forbids become U+FFFD;
    /// `&`, `<`, `>`, `"`, tab, LF and CR become references, and so does every non-ASCII character
    /// (`&#x4E2D;`), as libxml2's writer, having no document encoding, writes them.
    mutating func appendXMLAttributeValue(_ value: String) {
        var value = value
        // Ids, dates and names of rules, as a rule: nothing to escape, copied whole.
        let plain = value.withUTF8 { utf8 in
            guard !utf8.contains(where: Self.needsAttributeEscape) else { return false }
            append(utf8)
            return true
        }
        guard !plain else { return }
        for scalar in XMLText.safe(value).unicodeScalars {
            switch scalar {
            case "&": append("&amp;")
            case "<": append("&lt;")
            case ">": append("&gt;")
            case "\"": append("&quot;")
            case "\t": append("&#9;")
            case "\n": append("&#10;")
            case "\r": append("&#13;")
            case _ where scalar.isASCII: append(UInt8(scalar.value))
            default:
                append("&#x")
                appendHexadecimal(scalar.value)
                append(";")
            }
        }
    }

    private static func needsAttributeEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte >= 0x7F || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<")
            || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\"")
    }

    /// Upper-case hexadecimal digits of `value`, without leading zeros.
    private mutating func appendHexadecimal(_ value: UInt32) {
        let digits: StaticString = "0123456789ABCDEF"
        var shift = 28
        while shift > 0, value >> UInt32(shift) == 0 { shift -= 4 }
        while shift >= 0 {
            append(digits.utf8Start[Int((value >> UInt32(shift)) & 0xF)])
            shift -= 4
        }
    }
}
