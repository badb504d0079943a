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
    /// - Complexity: O(n) in the file size, read in one call when its size is known.
    public static func read(_ path: RawPath) throws(Failure) -> [UInt8] {
        let fd = path.withCString { open($0, O_RDONLY | O_CLOEXEC) }
        guard fd >= 0 else { throw Failure(reason: String(cString: strerror(errno)).lowercased()) }
        defer { close(fd) }
        var info = stat()
        let size = fstat(fd, &info) == 0 && info.st_size > 0 ? Int(info.st_size) : 0
        // One read into storage of the file's size (and a byte more, to see its end); a file
        // whose size is not known beforehand, or that grows, goes on a chunk at a time.
        var (bytes, atEnd) = try read(upTo: size + 1, from: fd)
        while !atEnd {
            let (more, end) = try read(upTo: 1 << 20, from: fd)
            bytes.append(contentsOf: more)
            atEnd = end
        }
        return bytes
    }

    /// Up to `count` bytes from `descriptor`, read into uninitialised storage, and whether the
    /// end of the file came before `count` bytes.
    static func read(upTo count: Int, from descriptor: Int32) throws(Failure) -> (bytes: [UInt8], atEnd: Bool) {
        var failure: Failure?
        var atEnd = false
        let bytes = [UInt8](unsafeUninitializedCapacity: count) { storage, initialized in
            // The storage may be larger than asked for; no more than `count` bytes are read.
            while initialized < count {
                let got = Glibc.read(descriptor, storage.baseAddress! + initialized, count - initialized)
                if got < 0 {
                    if errno == EINTR { continue }
                    failure = Failure(reason: String(cString: strerror(errno)).lowercased())
                    return
                }
                if got == 0 {
                    atEnd = true
                    return
                }
                initialized += got
            }
        }
        if let failure { throw failure }
        return (bytes, atEnd)
    }
}
