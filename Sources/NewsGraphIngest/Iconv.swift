#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Conversion to UTF-8 through the C library's iconv (GB18030, which includes GBK and GB2312).
enum Iconv {
    /// The outcome of a conversion.
    struct Conversion {
        var text: String
        /// Input bytes that were not valid in the encoding and became U+FFFD.
        var replaced: Int
        /// Offset of the first of them.
        var firstReplaced: Int?
    }

    /// `bytes` converted from `encoding`. With `strict`, nil at the first invalid byte; else each
    /// invalid byte (and a truncated sequence at the end) becomes U+FFFD. Nil when the C library
    /// does not know `encoding`.
    /// - Complexity: O(n), converted in 1 MiB output chunks.
    static func decode(_ bytes: [UInt8], from encoding: String, strict: Bool) -> Conversion? {
        let handle = iconv_open("UTF-8", encoding)
        guard handle != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(handle) }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + bytes.count / 2)
        var replaced = 0
        var firstReplaced: Int?
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        var input = bytes
        let ok = input.withUnsafeMutableBufferPointer { inBuffer -> Bool in
            guard let base = inBuffer.baseAddress else { return true }
            var offset = 0
            while offset < inBuffer.count {
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(base + offset).assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count - offset
                let (status, code, produced) = chunk.withUnsafeMutableBufferPointer { outBuffer -> (Int, Int32, Int) in
                    var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress)?
                        .assumingMemoryBound(to: CChar.self)
                    var outLeft = outBuffer.count
                    let status = iconv(handle, &inPointer, &inLeft, &outPointer, &outLeft)
                    return (status, errno, outBuffer.count - outLeft)
                }
                result.append(contentsOf: chunk[0..<produced])
                offset = inBuffer.count - inLeft
                if status != -1 || code == E2BIG { continue }
                // EILSEQ (invalid sequence) or EINVAL (truncated sequence at the end).
                if strict { return false }
                replaced += 1
                if firstReplaced == nil { firstReplaced = offset }
                result.append(contentsOf: [0xEF, 0xBF, 0xBD])
                offset += 1
                iconv(handle, nil, nil, nil, nil)
            }
            return true
        }
        guard ok else { return nil }
        return Conversion(text: String(decoding: result, as: UTF8.self), replaced: replaced, firstReplaced: firstReplaced)
    }
}
