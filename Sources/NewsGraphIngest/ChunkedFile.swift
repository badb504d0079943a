#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file, or bytes already in memory, read in chunks of a fixed size, so a file of any size
/// needs one chunk of memory.
final class ChunkedFile {
    /// Bytes per chunk, unless told otherwise.
    static let defaultChunkSize = 1 << 20

    private enum Origin {
        case descriptor(Int32)
        case memory([UInt8])
    }

    private let origin: Origin
    private let chunkSize: Int
    /// Bytes read so far.
    private(set) var bytesRead = 0
    /// Whether the last chunk has been read.
    private(set) var atEnd = false

    /// Opens `path` for reading.
    init(_ path: RawPath, chunkSize: Int = defaultChunkSize) throws(FileReader.Failure) {
        self.chunkSize = chunkSize
        let descriptor = path.withCString { open($0, O_RDONLY | O_CLOEXEC) }
        guard descriptor >= 0 else { throw FileReader.Failure(reason: String(cString: strerror(errno)).lowercased()) }
        origin = .descriptor(descriptor)
    }

    /// Reads `bytes` as if they were a file.
    init(bytes: [UInt8], chunkSize: Int = defaultChunkSize) {
        self.chunkSize = chunkSize
        origin = .memory(bytes)
    }

    deinit {
        if case .descriptor(let descriptor) = origin { close(descriptor) }
    }

    /// The next chunk (empty at the end of the file); `atEnd` tells whether it was the last.
    func next() throws(FileReader.Failure) -> [UInt8] {
        guard !atEnd else { return [] }
        switch origin {
        case .memory(let bytes):
            let end = min(bytes.count, bytesRead + chunkSize)
            let chunk = Array(bytes[bytesRead..<end])
            bytesRead = end
            atEnd = end == bytes.count
            return chunk
        case .descriptor(let descriptor):
            let (chunk, end) = try FileReader.read(upTo: chunkSize, from: descriptor)
            atEnd = end
            bytesRead += chunk.count
            return chunk
        }
    }
}
