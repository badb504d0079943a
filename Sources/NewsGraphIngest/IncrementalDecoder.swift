#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Decodes a file chunk by chunk in one encoding (chosen by `TextDecoding` from the first
/// chunk), carrying a character cut by a chunk boundary over to the next chunk, so a file of
/// any size is decoded with a bounded buffer.
///
/// Undecodable bytes become U+FFFD and NUL characters are dropped; both are counted, with the
/// byte offset of the first, for one note per file.
struct IncrementalDecoder {
    let encoding: TextDecoding.Encoding
    /// Bytes of a character cut by the end of the previous chunk.
    private var carry: [UInt8] = []
    /// Offset in the file of the first byte not yet decoded (after `carry`).
    private var offset: Int
    /// Bytes or units replaced by U+FFFD, and where the first was.
    private(set) var replaced = 0
    private(set) var firstReplaced: Int?
    /// NUL characters dropped.
    private(set) var nulsRemoved = 0
    private let converter: IconvStream?

    /// A decoder for `encoding` whose first byte is at file offset `offset` (after a byte order mark).
    init(encoding: TextDecoding.Encoding, offset: Int) {
        self.encoding = encoding
        self.offset = offset
        converter = encoding == .gb18030 ? IconvStream(from: "GB18030") : nil
    }

    /// What was repaired, one note each (empty when nothing was).
    var notes: [String] {
        var notes: [String] = []
        if replaced > 0 {
            let more = replaced > 1 ? " and \(replaced - 1) more places" : ""
            notes.append("invalid \(encoding.rawValue) at byte \(firstReplaced ?? 0)\(more); replaced with U+FFFD")
        }
        if nulsRemoved > 0 {
            notes.append("\(nulsRemoved) NUL character\(nulsRemoved == 1 ? "" : "s") removed")
        }
        return notes
    }

    /// The text of `chunk`; with `final`, also of any carried bytes.
    /// - Complexity: O(n) in the chunk.
    mutating func decode(_ chunk: ArraySlice<UInt8>, final: Bool) -> String {
        var bytes = carry
        bytes.append(contentsOf: chunk)
        let start = offset - carry.count
        let end = final ? bytes.count : completeLength(bytes)
        carry = Array(bytes[end...])
        offset = start + bytes.count
        let text: String
        switch encoding {
        case .utf8: text = utf8(bytes[..<end], at: start)
        case .utf16LE, .utf16BE: text = utf16(bytes[..<end], at: start, littleEndian: encoding == .utf16LE)
        case .gb18030: text = gb18030(bytes[..<end], at: start, final: final)
        }
        return withoutNUL(text)
    }

    /// How many leading bytes of `bytes` end on a character boundary.
    private func completeLength(_ bytes: [UInt8]) -> Int {
        switch encoding {
        case .utf8:
            var index = bytes.count
            var back = 0
            while index > 0, back < 4, bytes[index - 1] & 0xC0 == 0x80 {
                index -= 1
                back += 1
            }
            guard index > 0 else { return bytes.count }
            let lead = bytes[index - 1]
            let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
            return width > back + 1 && lead >= 0xC0 ? index - 1 : bytes.count
        case .utf16LE, .utf16BE:
            var length = bytes.count - bytes.count % 2
            if length >= 2 {
                let high = encoding == .utf16LE ? bytes[length - 1] : bytes[length - 2]
                if (0xD8...0xDB).contains(high) { length -= 2 }
            }
            return length
        case .gb18030:
            return bytes.count
        }
    }

    private mutating func utf8(_ bytes: ArraySlice<UInt8>, at start: Int) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        let evidence = UTF8Evidence(Array(bytes))
        note(evidence.invalid, first: evidence.firstInvalid.map { start + $0 })
        return String(decoding: bytes, as: UTF8.self)
    }

    private mutating func utf16(_ bytes: ArraySlice<UInt8>, at start: Int, littleEndian: Bool) -> String {
        let decoded = UTF16Decoding.text(Array(bytes), from: 0, littleEndian: littleEndian)
        note(decoded.replaced, first: decoded.firstReplaced.map { start + $0 })
        return decoded.text
    }

    private mutating func gb18030(_ bytes: ArraySlice<UInt8>, at start: Int, final: Bool) -> String {
        guard let converter else { return String(decoding: bytes, as: UTF8.self) }
        let (text, replaced, first, unused) = converter.convert(bytes, final: final)
        note(replaced, first: first.map { start + $0 })
        if unused > 0 {
            carry = Array(bytes.suffix(unused)) + carry
            offset -= unused
        }
        return text
    }

    private mutating func note(_ count: Int, first: Int?) {
        guard count > 0 else { return }
        replaced += count
        if firstReplaced == nil { firstReplaced = first }
    }

    private mutating func withoutNUL(_ text: String) -> String {
        guard TextDecoding.containsNUL(text) else { return text }
        var view = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\0" { nulsRemoved += 1 } else { view.append(scalar) }
        }
        return String(view)
    }
}

/// A stateful iconv conversion to UTF-8 over successive chunks.
final class IconvStream {
    private let handle: iconv_t

    init?(from encoding: String) {
        guard let handle = iconv_open("UTF-8", encoding), handle != iconv_t(bitPattern: -1) else { return nil }
        self.handle = handle
    }

    deinit {
        iconv_close(handle)
    }

    /// The UTF-8 text of `bytes`: invalid bytes become U+FFFD; an incomplete sequence at the end
    /// is left unconverted (its length returned) unless `final`.
    func convert(_ bytes: ArraySlice<UInt8>, final: Bool) -> (text: String, replaced: Int, first: Int?, unused: Int) {
        convert(bytes, final: final, strict: false)!
    }

    /// As `convert(_:final:)`; with `strict`, nil at the first invalid sequence instead.
    func convert(
        _ bytes: ArraySlice<UInt8>, final: Bool, strict: Bool
    ) -> (text: String, replaced: Int, first: Int?, unused: Int)? {
        var invalid = false
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count * 3 / 2 + 16)
        var replaced = 0
        var first: Int?
        var unused = 0
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var input = Array(bytes)
        input.withUnsafeMutableBufferPointer { inBuffer in
            guard let base = inBuffer.baseAddress else { return }
            var position = 0
            while position < inBuffer.count {
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(base + position).assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count - position
                let (status, code, produced) = chunk.withUnsafeMutableBufferPointer { outBuffer -> (Int, Int32, Int) in
                    var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress)?
                        .assumingMemoryBound(to: CChar.self)
                    var outLeft = outBuffer.count
                    let status = iconv(handle, &inPointer, &inLeft, &outPointer, &outLeft)
                    return (status, errno, outBuffer.count - outLeft)
                }
                output.append(contentsOf: chunk[0..<produced])
                position = inBuffer.count - inLeft
                if status != -1 || code == E2BIG { continue }
                if code == EINVAL && !final {
                    unused = inBuffer.count - position
                    return
                }
                if strict {
                    invalid = true
                    return
                }
                replaced += 1
                if first == nil { first = position }
                output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                position += 1
                iconv(handle, nil, nil, nil, nil)
            }
        }
        guard !invalid else { return nil }
        return (String(decoding: output, as: UTF8.self), replaced, first, unused)
    }
}
