#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads whole files with plain `read(2)` calls into one byte array.
public enum FileReader {
    /// Why a file could not be read.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var reason: String
        public var description: String { reason }
    }

    /// The bytes of the file at `path`.
    /// - Complexity: O(n) in the file size, read in 1 MiB chunks.
    public static func read(_ path: String) throws(Failure) -> [UInt8] {
        try read(RawPath(path))
    }

    /// The bytes of the file at `path`, whose name need not be UTF-8.
    /// - Complexity: O(n) in the file size, read in 1 MiB chunks.
    public static func read(_ path: RawPath) throws(Failure) -> [UInt8] {
        let fd = path.withCString { open($0, O_RDONLY | O_CLOEXEC) }
        guard fd >= 0 else { throw Failure(reason: String(cString: strerror(errno)).lowercased()) }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var info = stat()
        if fstat(fd, &info) == 0, info.st_size > 0 {
            bytes.reserveCapacity(Int(info.st_size))
        }
        let chunk = 1 << 20
        var buffer = [UInt8](repeating: 0, count: chunk)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, chunk) }
            if count < 0 {
                if errno == EINTR { continue }
                throw Failure(reason: String(cString: strerror(errno)).lowercased())
            }
            if count == 0 { break }
            bytes.append(contentsOf: buffer[0..<count])
        }
        return bytes
    }
}
