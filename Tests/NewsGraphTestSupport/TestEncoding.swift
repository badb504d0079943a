#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Encodes test text in the legacy encodings dumps come in, through the C library's iconv.
public enum TestEncoding {
    /// `text` in `encoding` (`GB18030`, `BIG5`, `UTF-16LE` …); fails the test run when the C
    /// library cannot convert it.
    public static func encode(_ text: String, to encoding: String) -> [UInt8] {
        let handle = iconv_open(encoding, "UTF-8")
        precondition(handle != iconv_t(bitPattern: -1), "iconv cannot convert to \(encoding)")
        defer { iconv_close(handle) }
        var input = Array(text.utf8)
        var output = [UInt8](repeating: 0, count: input.count * 4 + 16)
        let produced = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer -> Int in
                var inPointer = UnsafeMutableRawPointer(inBuffer.baseAddress).map { $0.assumingMemoryBound(to: CChar.self) }
                var inLeft = inBuffer.count
                var outPointer = UnsafeMutableRawPointer(outBuffer.baseAddress).map { $0.assumingMemoryBound(to: CChar.self) }
                var outLeft = outBuffer.count
                let status = iconv(handle, &inPointer, &inLeft, &outPointer, &outLeft)
                precondition(status != -1 && inLeft == 0, "iconv cannot convert the text to \(encoding)")
                return outBuffer.count - outLeft
            }
        }
        return Array(output[0..<produced])
    }
}
