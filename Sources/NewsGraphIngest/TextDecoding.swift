#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NewsGraphCore

/// Turns the bytes of a text file into a `String`, detecting its encoding.
///
/// UTF-8 with or without BOM, UTF-16 LE/BE with BOM, and GB18030 (which includes GBK and
/// GB2312) when the bytes are not UTF-8 but decode cleanly as GB18030. Broken UTF-8 bytes
/// become U+FFFD with one warning naming the first byte offset.
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
        /// Problems worth telling the user (repairs, guesses), without the file name.
        public var notes: [String]
    }

    /// Decodes `bytes`, never failing: undecodable bytes become U+FFFD.
    public static func decode(_ bytes: [UInt8]) -> Decoded {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return decodeUTF8(bytes[3...], bomLength: 3)
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return decodeUTF16(bytes[2...], littleEndian: true)
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return decodeUTF16(bytes[2...], littleEndian: false)
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            return Decoded(text: text, encoding: .utf8, notes: [])
        }
        if let text = Iconv.decode(bytes, from: "GB18030") {
            return Decoded(text: text, encoding: .gb18030, notes: [])
        }
        return decodeUTF8(bytes[...], bomLength: 0)
    }

    /// UTF-8 with invalid sequences replaced; one note with the first bad byte's offset.
    private static func decodeUTF8(_ bytes: ArraySlice<UInt8>, bomLength: Int) -> Decoded {
        if let text = String(validating: bytes, as: UTF8.self) {
            return Decoded(text: text, encoding: .utf8, notes: [])
        }
        var scalars = String.UnicodeScalarView()
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var offset = bomLength
        var firstBad: Int?
        var badCount = 0
        var consumed = 0
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                scalars.append(scalar)
                consumed += UTF8.width(scalar)
            case .emptyInput:
                break loop
            case .error:
                badCount += 1
                if firstBad == nil { firstBad = offset + consumed }
                scalars.append("\u{FFFD}")
                consumed += 1
            }
        }
        offset += consumed
        let note = "invalid UTF-8 at byte \(firstBad ?? 0)\(badCount > 1 ? " and \(badCount - 1) more places" : ""); replaced with U+FFFD"
        return Decoded(text: String(scalars), encoding: .utf8, notes: [note])
    }

    private static func decodeUTF16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> Decoded {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let a = UInt16(bytes[index])
            let b = UInt16(bytes[index + 1])
            units.append(littleEndian ? a | b << 8 : a << 8 | b)
            index += 2
        }
        var notes: [String] = []
        if bytes.count % 2 == 1 { notes.append("odd number of bytes in UTF-16 text; last byte dropped") }
        var scalars = String.UnicodeScalarView()
        var repaired = 0
        var decoder = UTF16()
        var iterator = units.makeIterator()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): scalars.append(scalar)
            case .emptyInput: break loop
            case .error:
                repaired += 1
                scalars.append("\u{FFFD}")
            }
        }
        if repaired > 0 { notes.append("\(repaired) unpaired UTF-16 surrogates replaced with U+FFFD") }
        return Decoded(text: String(scalars), encoding: littleEndian ? .utf16LE : .utf16BE, notes: notes)
    }
}

/// A strict conversion through the C library's iconv.
enum Iconv {
    /// `bytes` converted from `encoding` to UTF-8, or nil when any byte sequence is invalid.
    static func decode(_ bytes: [UInt8], from encoding: String) -> String? {
        let handle = iconv_open("UTF-8", encoding)
        guard handle != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(handle) }
        var output = [UInt8](repeating: 0, count: bytes.count * 2 + 16)
        var input = bytes
        let ok = input.withUnsafeMutableBufferPointer { inBuffer -> Int? in
            output.withUnsafeMutableBufferPointer { outBuffer -> Int? in
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuffer.baseAddress)?
                    .assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress)?
                    .assumingMemoryBound(to: CChar.self)
                var outLeft = outBuffer.count
                guard inLeft > 0 else { return 0 }
                let result = iconv(handle, &inPointer, &inLeft, &outPointer, &outLeft)
                guard result != -1, inLeft == 0 else { return nil }
                return outBuffer.count - outLeft
            }
        }
        guard let length = ok else { return nil }
        return String(validating: output[0..<length], as: UTF8.self)
    }
}
