#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads lines from a file descriptor with a bounded buffer (standard input for `--stdin`).
struct LineReader {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var position = 0
    /// Where the search for the next `\n` resumes: bytes before it are known not to be one,
    /// so a long line read in many chunks is scanned once, not once per chunk.
    private var searched = 0
    private var finished = false
    /// Why reading stopped before the end of input, if it did (an I/O error).
    private(set) var failure: String?

    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// The next line without its `\n` (and `\r`), or nil at the end of input.
    /// - Complexity: O(line length), amortised.
    mutating func next() -> [UInt8]? {
        while true {
            if let newline = buffer[max(position, searched)...].firstIndex(of: UInt8(ascii: "\n")) {
                var line = Array(buffer[position..<newline])
                position = newline + 1
                searched = position
                if line.last == UInt8(ascii: "\r") { line.removeLast() }
                return line
            }
            searched = buffer.count
            if finished {
                guard position < buffer.count else { return nil }
                let line = Array(buffer[position...])
                position = buffer.count
                return line
            }
            buffer.removeFirst(position)
            searched -= position
            position = 0
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count < 0 { failure = String(cString: strerror(errno)).lowercased() }
            if count <= 0 {
                finished = true
            } else {
                buffer.append(contentsOf: chunk[0..<count])
            }
        }
    }
}

/// Writes bytes to a file descriptor right away (standard output for `--stdin`).
enum DescriptorWriter {
    /// Writes all of `bytes`; nil when done, else why the descriptor refused them (a closed
    /// pipe, a full disk).
    static func write(_ bytes: [UInt8], to descriptor: Int32) -> String? {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { raw -> Int in
                guard let base = raw.baseAddress else { return 0 }
                return Glibc.write(descriptor, base + offset, raw.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                return String(cString: strerror(errno)).lowercased()
            }
            offset += written
        }
        return nil
    }
}
