#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An output file written under a temporary name and renamed into place only when complete,
/// so an interrupted run never leaves a truncated file under the final name.
///
/// Writes are buffered; the first write error (a full disk, say) is kept and reported by
/// `write` and `commit`.
public final class OutputFile {
    /// Why an output could not be written.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "\(path): \(reason)" }

        public init(path: String, reason: String) {
            self.path = path
            self.reason = reason
        }
    }

    /// The final path.
    public let path: String
    /// The temporary path written until `commit`.
    public let temporaryPath: String
    private var descriptor: Int32
    private var buffer: [UInt8] = []
    private static let bufferSize = 1 << 18
    /// Total bytes accepted so far.
    public private(set) var bytesWritten = 0

    /// Creates the temporary file next to `path`.
    public init(path: String) throws(Failure) {
        self.path = path
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        temporaryPath = "\(folder)/.\(name).tmp-\(getpid())"
        descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw Failure(path: path, reason: "cannot create \(temporaryPath): \(OutputFile.errorText())")
        }
        buffer.reserveCapacity(OutputFile.bufferSize)
    }

    deinit {
        if descriptor >= 0 {
            close(descriptor)
            unlink(temporaryPath)
        }
    }

    /// Appends bytes.
    public func write(_ bytes: [UInt8]) throws(Failure) {
        try write(bytes[...])
    }

    /// Appends bytes.
    public func write(_ bytes: ArraySlice<UInt8>) throws(Failure) {
        bytesWritten += bytes.count
        buffer.append(contentsOf: bytes)
        if buffer.count >= OutputFile.bufferSize { try flush() }
    }

    /// Writes buffered bytes to the file.
    public func flush() throws(Failure) {
        var offset = 0
        while offset < buffer.count {
            let written = buffer.withUnsafeBytes { raw in
                Glibc.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw Failure(path: path, reason: "cannot write: \(OutputFile.errorText())")
            }
            offset += written
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes, syncs and renames the file to its final name.
    public func commit() throws(Failure) {
        try flush()
        guard fsync(descriptor) == 0 || errno == EINVAL else {
            throw Failure(path: path, reason: "cannot sync: \(OutputFile.errorText())")
        }
        guard close(descriptor) == 0 else {
            descriptor = -1
            unlink(temporaryPath)
            throw Failure(path: path, reason: "cannot close: \(OutputFile.errorText())")
        }
        descriptor = -1
        guard rename(temporaryPath, path) == 0 else {
            let reason = OutputFile.errorText()
            unlink(temporaryPath)
            throw Failure(path: path, reason: "cannot rename into place: \(reason)")
        }
    }

    /// Removes the temporary file without touching the final one.
    public func discard() {
        guard descriptor >= 0 else { return }
        close(descriptor)
        descriptor = -1
        unlink(temporaryPath)
    }

    private static func errorText() -> String {
        String(cString: strerror(errno)).lowercased()
    }
}
