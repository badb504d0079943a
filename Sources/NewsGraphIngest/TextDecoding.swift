import NewsGraphCore

/// Turns the bytes of a text file into a `String`, detecting its encoding, or says why the
/// file is not text at all.
///
/// In order: a byte order mark (UTF-8, UTF-16 LE/BE, GB18030); a document, image or archive
/// signature (not text); UTF-16 without a mark, guessed from its zero bytes; valid UTF-8;
/// UTF-8 with a few broken bytes (repaired, one note with the first offset); valid GB18030
/// (GBK, GB2312), with a note when the guess is weak; otherwise the better of UTF-8 and
/// GB18030 with replacements and a note, unless so much is undecodable that it is not text.
public enum TextDecoding {
    /// The encoding that was used.
    public enum Encoding: String, Sendable {
        case utf8 = "UTF-8"
        case utf16LE = "UTF-16LE"
        case utf16BE = "UTF-16BE"
        case gb18030 = "GB18030"
    }

    /// The decoded text and what was done to get it.
    public struct Decoded: Sendable {
        public var text: String
        public var encoding: Encoding
        /// Problems worth telling the user (repairs, guesses), one line each, without the file name.
        public var notes: [String]
    }

    /// Why a file is not read as text.
    public struct NotText: Error, Sendable, Equatable, CustomStringConvertible {
        /// What the file seems to be (`a PDF document`, `binary data: 12% NUL bytes`).
        public var reason: String
        public var description: String { reason }

        public init(reason: String) {
            self.reason = reason
        }
    }

    /// Share of undecodable bytes above which a file is taken for binary data, not broken text.
    static let binaryShare = 0.10
    /// Fewer non-ASCII characters than this make a GB18030 guess uncertain.
    static let confidentCharacters = 8
    /// Fewer suspicious bytes than this are stray damage, never binary data.
    static let strayBytes = 8

    /// Decodes `bytes`; undecodable bytes become U+FFFD, noted with the first offset.
    /// - Throws: `NotText` for documents, images, archives and binary data.
    /// - Complexity: O(n).
    public static func decode(_ bytes: [UInt8]) throws(NotText) -> Decoded {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return withoutNUL(utf8(bytes, from: 3))
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return UTF16Decoding.decode(bytes, from: 2, littleEndian: true, notes: [])
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return UTF16Decoding.decode(bytes, from: 2, littleEndian: false, notes: [])
        }
        if bytes.starts(with: [0x84, 0x31, 0x95, 0x33]) {
            return withoutNUL(gb18030(Array(bytes[4...]), offset: 4).decoded)
        }
        if let name = BinarySignature.name(of: bytes) {
            throw NotText(reason: name)
        }
        let controls = ControlBytes(bytes)
        if let littleEndian = controls.utf16ByteOrder {
            let order = littleEndian ? "UTF-16LE" : "UTF-16BE"
            let note = "no byte order mark; read as \(order), guessed from its zero bytes"
            let decoded = UTF16Decoding.decode(bytes, from: 0, littleEndian: littleEndian, notes: [note])
            if !isBinary(decoded.text.unicodeScalars.count { $0.value < 0x20 && !$0.isSpaceLike || $0 == "\u{FFFD}" }, of: bytes.count / 2) {
                return decoded
            }
        }
        if isBinary(controls.zeros + controls.controls, of: bytes.count) {
            throw NotText(reason: "binary data (\(percent(controls.zeros + controls.controls, of: bytes.count)) of its bytes are NUL or control characters)")
        }
        // Only NUL bytes decode to NUL characters, so text without them needs no scan for them.
        let mayHaveNUL = controls.zeros > 0
        if let text = String(validating: bytes, as: UTF8.self) {
            return withoutNUL(Decoded(text: text, encoding: .utf8, notes: []), mayHaveNUL: mayHaveNUL)
        }
        let evidence = UTF8Evidence(bytes)
        if evidence.isMostlyValid {
            return withoutNUL(utf8(bytes, from: 0, evidence: evidence), mayHaveNUL: mayHaveNUL)
        }
        if let strict = Iconv.decode(bytes, from: "GB18030", strict: true) {
            var decoded = Decoded(text: strict.text, encoding: .gb18030, notes: [])
            let pairs = GB2312Evidence(bytes)
            if pairs.characters < confidentCharacters {
                decoded.notes.append("only \(pairs.characters) non-ASCII characters and not UTF-8; read as GB18030, which is a guess")
            } else if pairs.outside * 5 > pairs.characters {
                decoded.notes.append(
                    "read as GB18030, but \(percent(pairs.outside, of: pairs.characters)) of its characters are rare ones outside GB2312 (Big5 or another encoding?); check the text"
                )
            }
            return withoutNUL(decoded, mayHaveNUL: mayHaveNUL)
        }
        let asGB = gb18030(bytes, offset: 0)
        let gbReplaced = asGB.replaced
        let best = gbReplaced < evidence.invalid
            ? (asGB.decoded, gbReplaced, asGB.first)
            : (utf8(bytes, from: 0, evidence: evidence), evidence.invalid, evidence.firstInvalid)
        let suspicious = best.1 + controls.zeros + controls.controls
        if isBinary(suspicious, of: bytes.count) {
            throw NotText(reason: "binary data (\(percent(suspicious, of: bytes.count)) of its bytes are control characters or neither UTF-8 nor GB18030)")
        }
        var decoded = best.0
        decoded.notes = [
            "neither valid UTF-8 nor valid GB18030; read as \(decoded.encoding.rawValue) with \(best.1) bytes replaced by U+FFFD (the first at byte \(best.2 ?? 0))"
        ]
        return withoutNUL(decoded, mayHaveNUL: mayHaveNUL)
    }

    /// The notes of `decoded` about how its encoding was guessed, without those about repairs
    /// (which a streaming reader counts itself over the whole file).
    static func guessNotes(_ decoded: Decoded) -> [String] {
        decoded.notes.filter { $0.contains("read as") && !$0.contains("U+FFFD") }
    }

    /// The length of the byte order mark that starts `bytes`, when `encoding` was chosen by it.
    static func byteOrderMarkLength(_ bytes: [UInt8], encoding: Encoding) -> Int {
        switch encoding {
        case .utf8: bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        case .utf16LE: bytes.starts(with: [0xFF, 0xFE]) ? 2 : 0
        case .utf16BE: bytes.starts(with: [0xFE, 0xFF]) ? 2 : 0
        case .gb18030: bytes.starts(with: [0x84, 0x31, 0x95, 0x33]) ? 4 : 0
        }
    }

    /// UTF-8 from `start` with invalid sequences replaced; one note with the first bad byte's offset.
    private static func utf8(_ bytes: [UInt8], from start: Int, evidence: UTF8Evidence? = nil) -> Decoded {
        let body = bytes[start...]
        if evidence == nil, let text = String(validating: body, as: UTF8.self) {
            return Decoded(text: text, encoding: .utf8, notes: [])
        }
        let evidence = evidence ?? UTF8Evidence(bytes, from: start)
        let more = evidence.invalid > 1 ? " and \(evidence.invalid - 1) more places" : ""
        let note = "invalid UTF-8 at byte \(evidence.firstInvalid ?? start)\(more); replaced with U+FFFD"
        return Decoded(text: String(decoding: body, as: UTF8.self), encoding: .utf8, notes: [note])
    }

    /// GB18030 with invalid bytes replaced, and how many were.
    private static func gb18030(_ bytes: [UInt8], offset: Int) -> (decoded: Decoded, replaced: Int, first: Int?) {
        guard let conversion = Iconv.decode(bytes, from: "GB18030", strict: false) else {
            return (Decoded(text: String(decoding: bytes, as: UTF8.self), encoding: .utf8, notes: ["the C library cannot convert GB18030; read as UTF-8"]), 0, nil)
        }
        var decoded = Decoded(text: conversion.text, encoding: .gb18030, notes: [])
        if conversion.replaced > 0 {
            decoded.notes.append("invalid GB18030 at byte \((conversion.firstReplaced ?? 0) + offset); \(conversion.replaced) bytes replaced with U+FFFD")
        }
        return (decoded, conversion.replaced, conversion.firstReplaced.map { $0 + offset })
    }

    /// The text without NUL characters (zero-filled blocks of a half-copied file), noted;
    /// `mayHaveNUL` false says the bytes had none, so the text is not scanned for them.
    private static func withoutNUL(_ decoded: Decoded, mayHaveNUL: Bool = true) -> Decoded {
        guard mayHaveNUL, containsNUL(decoded.text) else { return decoded }
        var result = decoded
        var view = String.UnicodeScalarView()
        var removed = 0
        for scalar in decoded.text.unicodeScalars {
            if scalar == "\0" { removed += 1 } else { view.append(scalar) }
        }
        result.text = String(view)
        result.notes.append("\(removed) NUL character\(removed == 1 ? "" : "s") removed")
        return result
    }

    /// Whether `text` has a NUL character, looked for in its UTF-8 bytes in place.
    static func containsNUL(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { $0.contains(0) } ?? text.utf8.contains(0)
    }

    /// Whether `suspicious` bytes out of `total` make a file binary data rather than damaged
    /// text: more than one in ten, and enough of them not to be a few stray bytes.
    private static func isBinary(_ suspicious: Int, of total: Int) -> Bool {
        suspicious >= strayBytes && Double(suspicious) > Double(total) * binaryShare
    }

    private static func percent(_ part: Int, of whole: Int) -> String {
        "\(whole > 0 ? max(1, part * 100 / whole) : 0)%"
    }
}
