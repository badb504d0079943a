#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An output file written under a temporary name and renamed into place only when complete,
/// so an interrupted run never leaves a truncated file under the final name.
///
/// Writes are buffered; a write error (a full disk, say) is thrown by the `write` or `commit`
/// that meets it, and the caller discards the file.
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

    /// Creates the temporary file next to `path`, after removing the temporary files that runs
    /// killed before they could clean up left there.
    /// - Throws: when `path` is a folder (it could never be replaced) or the temporary file
    ///   cannot be created.
    public init(path: String) throws(Failure) {
        self.path = path
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        temporaryPath = "\(folder)/\(OutputFile.temporaryPrefix(of: name))\(getpid())"
        var info = stat()
        if lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            throw Failure(path: path, reason: "is a folder, so the output cannot be written under this name")
        }
        OutputFile.removeStaleTemporaries(of: name, in: folder)
        descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw Failure(path: path, reason: "cannot create \(temporaryPath): \(OutputFile.errorText())")
        }
        buffer.reserveCapacity(OutputFile.bufferSize)
    }

    /// Whether the temporary file exists (created, not yet renamed or removed).
    private var pending = true

    deinit {
        if descriptor >= 0 { close(descriptor) }
        if pending { unlink(temporaryPath) }
    }

    /// Appends bytes.
    public func write(_ bytes: [UInt8]) throws(Failure) {
        try write(bytes[...])
    }

    /// Appends bytes. Small writes are buffered; a write larger than the buffer goes straight
    /// to the file, so a huge article's line is never copied.
    public func write(_ bytes: ArraySlice<UInt8>) throws(Failure) {
        bytesWritten += bytes.count
        if buffer.count + bytes.count < OutputFile.bufferSize {
            buffer.append(contentsOf: bytes)
            return
        }
        try flush()
        if bytes.count < OutputFile.bufferSize {
            buffer.append(contentsOf: bytes)
        } else {
            try writeAll(bytes)
        }
    }

    /// Writes buffered bytes to the file.
    public func flush() throws(Failure) {
        try writeAll(buffer[...])
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes `bytes` to the file descriptor, retrying short writes and interruptions.
    private func writeAll(_ bytes: ArraySlice<UInt8>) throws(Failure) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { raw -> Int in
                guard let base = raw.baseAddress else { return 0 }
                return Glibc.write(descriptor, base + offset, raw.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw Failure(path: path, reason: "cannot write: \(OutputFile.errorText())")
            }
            offset += written
        }
    }

    /// Flushes, syncs and renames the file to its final name.
    public func commit() throws(Failure) {
        try prepare()
        try install()
    }

    /// Flushes, syncs and closes the temporary file: everything but the rename, so that several
    /// outputs can be made complete before any of them replaces an earlier one.
    public func prepare() throws(Failure) {
        try flush()
        guard fsync(descriptor) == 0 || errno == EINVAL else {
            throw Failure(path: path, reason: "cannot sync: \(OutputFile.errorText())")
        }
        guard close(descriptor) == 0 else {
            let reason = OutputFile.errorText()
            descriptor = -1
            discard()
            throw Failure(path: path, reason: "cannot close: \(reason)")
        }
        descriptor = -1
    }

    /// Renames the prepared file to its final name.
    public func install() throws(Failure) {
        guard rename(temporaryPath, path) == 0 else {
            let reason = OutputFile.errorText()
            discard()
            throw Failure(path: path, reason: "cannot rename into place: \(reason)")
        }
        pending = false
    }

    /// Removes the temporary file without touching the final one.
    public func discard() {
        if descriptor >= 0 {
            close(descriptor)
            descriptor = -1
        }
        if pending { unlink(temporaryPath) }
        pending = false
    }

    /// The temporary name of output `name` without the process id: `.articles.jsonl.tmp-`.
    static func temporaryPrefix(of name: String) -> String {
        ".\(name).tmp-"
    }

    /// Removes `.<name>.tmp-<pid>` files in `folder` whose process is gone (a run killed with
    /// SIGKILL or by a power cut); those of running processes are left alone.
    static func removeStaleTemporaries(of name: String, in folder: String) {
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        let prefix = Array(temporaryPrefix(of: name).utf8)
        while let entry = readdir(directory) {
            let entryName = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
            guard entryName.starts(with: prefix),
                  let pid = Int32(String(decoding: entryName[prefix.count...], as: UTF8.self)), pid > 0,
                  pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
            unlink(folder + "/" + String(decoding: entryName, as: UTF8.self))
        }
    }

    private static func errorText() -> String {
        String(cString: strerror(errno)).lowercased()
    }
}
