#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NewsGraphCore

/// Expands the command line's inputs (files and folders, searched recursively) into the list of
/// files to read, in a deterministic order.
///
/// Folders are walked in byte order of their entry names; hidden entries (`.name`) are passed
/// over; symbolic links are followed once (a loop is reported, not followed again), and a file
/// reached twice is read once. Names that are not UTF-8 are read all the same, under their
/// bytes, and shown with `\xNN` escapes.
public struct InputDiscovery {
    private let log: ProblemLog
    private var files: [InputFile] = []
    private var visitedFolders: Set<FileIdentity> = []
    private var visitedFiles: [FileIdentity: String] = [:]

    /// File extensions read as text dumps.
    public static let dumpExtensions: Set<String> = ["txt", "md", "markdown", "text"]
    /// File extensions read as JSON Lines records.
    public static let recordExtensions: Set<String> = ["jsonl", "ndjson"]

    /// The files to read under `inputs`, each reported problem logged to `log`.
    public static func files(in inputs: [String], log: ProblemLog) -> [InputFile] {
        var discovery = InputDiscovery(log: log)
        for input in inputs {
            discovery.visit(RawPath(input), explicitlyNamed: true)
        }
        return discovery.files
    }

    private init(log: ProblemLog) {
        self.log = log
    }

    private mutating func visit(_ path: RawPath, explicitlyNamed: Bool) {
        let display = path.display
        var info = stat()
        guard path.withCString({ stat($0, &info) }) == 0 else {
            let code = errno
            let reason = Self.errorText()
            var linkInfo = stat()
            let isLink = path.withCString { lstat($0, &linkInfo) } == 0 && (linkInfo.st_mode & S_IFMT) == S_IFLNK
            let what = isLink && code != ELOOP ? "dangling symbolic link (\(reason))" : reason
            log.report(Problem(.error, file: display, "cannot open: \(what); skipped"))
            return
        }
        let identity = FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
        switch info.st_mode & S_IFMT {
        case S_IFDIR:
            guard visitedFolders.insert(identity).inserted else {
                log.report(Problem(.warning, file: display, "folder already read (a symbolic link loop or a second link to it); not read again"))
                return
            }
            walk(folder: path, display: display)
        case S_IFREG:
            if let first = visitedFiles[identity] {
                log.report(Problem(.warning, file: display, "same file as \(first); not read again"))
                return
            }
            if addFile(path, display: display, explicitlyNamed: explicitlyNamed) {
                visitedFiles[identity] = display
            }
        default:
            log.report(Problem(.error, file: display, "not a regular file or folder (a device, pipe or socket); skipped"))
        }
    }

    private mutating func walk(folder: RawPath, display: String) {
        guard let directory = folder.withCString({ opendir($0) }) else {
            log.report(Problem(.error, file: display, "cannot read folder: \(Self.errorText()); skipped"))
            return
        }
        var names: [[UInt8]] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                Array(raw.prefix { $0 != 0 })
            }
            if name.first == UInt8(ascii: ".") { continue }
            names.append(name)
        }
        closedir(directory)
        names.sort { $0.lexicographicallyPrecedes($1) }
        for name in names {
            let path = folder.appending(name)
            if !RawPath(name).isUTF8 {
                log.report(Problem(.warning, file: path.display, "name is not valid UTF-8\(Self.gb18030Hint(name)); read anyway, shown with \\x escapes"))
            }
            visit(path, explicitlyNamed: false)
        }
    }

    /// Adds a file whose extension is readable; false when it was skipped.
    private mutating func addFile(_ path: RawPath, display: String, explicitlyNamed: Bool) -> Bool {
        let ext = fileExtension(of: display)
        let format: InputFile.Format
        if InputDiscovery.recordExtensions.contains(ext) {
            format = .jsonLines
        } else if InputDiscovery.dumpExtensions.contains(ext) || explicitlyNamed {
            format = .dump
        } else {
            log.report(Problem(.warning, file: display, "not a .txt, .md or .jsonl file; skipped"))
            return false
        }
        files.append(InputFile(path: display, relativePath: display, format: format, nameDate: NameDate.find(inPath: display), rawPath: path))
        return true
    }

    private func fileExtension(of path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }

    /// ` (as GB18030: "报纸.txt")` when the name reads as GB18030, as names from Windows disks do.
    private static func gb18030Hint(_ name: [UInt8]) -> String {
        guard let conversion = Iconv.decode(name, from: "GB18030", strict: true) else { return "" }
        return " (as GB18030: \"\(conversion.text)\")"
    }

    private static func errorText() -> String {
        String(cString: strerror(errno)).lowercased()
    }
}

/// Identifies a file or folder across symbolic links.
private struct FileIdentity: Hashable {
    let device: UInt64
    let inode: UInt64
}
