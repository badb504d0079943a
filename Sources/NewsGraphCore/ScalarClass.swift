/// Character classes the stages share, decided on scalar values without `Character` work.
extension Unicode.Scalar {
    /// A CJK unified ideograph (basic block, extensions A to H, compatibility ideographs) or `〇`.
    @inlinable public var isHan: Bool {
        let v = value
        if v >= 0x4E00 && v <= 0x9FFF { return true }
        if v < 0x3400 { return v == 0x3007 }
        return (v >= 0x3400 && v <= 0x4DBF) || (v >= 0x20000 && v <= 0x323AF)
            || (v >= 0xF900 && v <= 0xFAFF)
    }

    /// ASCII or full-width digit.
    @inlinable public var isDigitLike: Bool {
        let v = value
        return (v >= 0x30 && v <= 0x39) || (v >= 0xFF10 && v <= 0xFF19)
    }

    /// The value of an ASCII or full-width digit.
    @inlinable public var digitValue: Int? {
        let v = value
        if v >= 0x30 && v <= 0x39 { return Int(v - 0x30) }
        if v >= 0xFF10 && v <= 0xFF19 { return Int(v - 0xFF10) }
        return nil
    }

    /// Ends a sentence: `。！？；`, ASCII `!` and `?`, `…` (not ASCII `;`, which ends HTML entities).
    @inlinable public var isSentenceTerminal: Bool {
        switch value {
        case 0x3002, 0xFF01, 0xFF1F, 0xFF1B, 0x21, 0x3F, 0x2026: true
        default: false
        }
    }

    /// Closing quotes and brackets that may follow a sentence terminal (`”`, `」`, `）`).
    @inlinable public var isClosingQuote: Bool {
        switch value {
        case 0x201D, 0x2019, 0x300D, 0x300F, 0xFF09, 0x29, 0x300B, 0x3011, 0x22: true
        default: false
        }
    }

    /// A Latin letter of ASCII, upper or lower case (`A`…`Z`, `a`…`z`).
    @inlinable public var isASCIILetter: Bool { (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) }

    /// An opening round bracket, full-width or ASCII (`（`, `(`).
    @inlinable public var isOpeningBracket: Bool { value == 0xFF08 || value == 0x28 }

    /// A closing round bracket, full-width or ASCII (`）`, `)`).
    @inlinable public var isClosingBracket: Bool { value == 0xFF09 || value == 0x29 }

    /// Line or paragraph separator, or any white space.
    @inlinable public var isSpaceLike: Bool {
        switch value {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0xA0, 0x3000, 0x2028, 0x2029, 0x200B, 0xFEFF: true
        default: false
        }
    }

    /// A scalar that can sit inside a name written in Han script: an ideograph or the middle
    /// dot of transliterated names.
    @inlinable public var isNameScalar: Bool {
        isHan || value == 0xB7 || value == 0x30FB || value == 0x2022
    }
}
