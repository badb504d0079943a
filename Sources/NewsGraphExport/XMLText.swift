/// Text as XML 1.0 may carry it.
enum XMLText {
    /// `text` with the characters XML 1.0 forbids (most C0 controls, U+FFFE, U+FFFF) replaced by U+FFFD.
    static func safe(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isForbidden) else { return text }
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
