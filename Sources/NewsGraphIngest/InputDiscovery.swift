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
/// over; symbolic links are followed once (a loop is reported, not followed again).
public struct InputDiscovery {
    private let log: ProblemLog
    private var files: [InputFile] = []
    private var visitedFolders: Set<FileIdentity> = []

    /// File extensions read as text dumps.
    public static let dumpExtensions: Set<String> = ["txt", "md", "markdown", "text"]
    /// File extensions read as JSON Lines records.
    public static let recordExtensions: Set<String> = ["jsonl", "ndjson"]

    /// The files to read under `inputs`, each reported problem logged to `log`.
    public static func files(in inputs: [String], log: ProblemLog) -> [InputFile] {
        var discovery = InputDiscovery(log: log)
        for input in inputs {
            discovery.visit(path: input, displayPath: input, explicitlyNamed: true)
        }
        return discovery.files
    }

    private init(log: ProblemLog) {
        self.log = log
    }

    private mutating func visit(path: String, displayPath: String, explicitlyNamed: Bool) {
        var info = stat()
        guard stat(path, &info) == 0 else {
            let reason = String(cString: strerror(errno))
            var linkInfo = stat()
            let dangling = lstat(path, &linkInfo) == 0 && (linkInfo.st_mode & S_IFMT) == S_IFLNK
            let what = dangling ? "dangling symbolic link (\(reason.lowercased()))" : reason.lowercased()
            log.report(Problem(.error, file: displayPath, "cannot open: \(what); skipped"))
            return
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR:
            let identity = FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
            guard visitedFolders.insert(identity).inserted else {
                log.report(Problem(.warning, file: displayPath, "folder already visited (symbolic link loop?); not read again"))
                return
            }
            walk(folder: path, displayPath: displayPath)
        case S_IFREG:
            addFile(path: path, displayPath: displayPath, explicitlyNamed: explicitlyNamed)
        default:
            log.report(Problem(.error, file: displayPath, "not a regular file or folder; skipped"))
        }
    }

    private mutating func walk(folder: String, displayPath: String) {
        guard let directory = opendir(folder) else {
            let reason = String(cString: strerror(errno)).lowercased()
            log.report(Problem(.error, file: displayPath, "cannot read folder: \(reason); skipped"))
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
            guard let text = String(validating: name, as: UTF8.self) else {
                let shown = String(decoding: name, as: UTF8.self)
                log.report(Problem(.error, file: join(displayPath, shown), "file name is not valid UTF-8; skipped"))
                continue
            }
            visit(path: join(folder, text), displayPath: join(displayPath, text), explicitlyNamed: false)
        }
    }

    private mutating func addFile(path: String, displayPath: String, explicitlyNamed: Bool) {
        let ext = fileExtension(of: displayPath)
        let format: InputFile.Format
        if InputDiscovery.recordExtensions.contains(ext) {
            format = .jsonLines
        } else if InputDiscovery.dumpExtensions.contains(ext) || explicitlyNamed {
            format = .dump
        } else {
            log.report(Problem(.warning, file: displayPath, "not a .txt, .md or .jsonl file; skipped"))
            return
        }
        files.append(InputFile(path: path, relativePath: displayPath, format: format, nameDate: NameDate.find(inPath: displayPath)))
    }

    private func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    private func fileExtension(of path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }
}

/// Identifies a folder across symbolic links.
private struct FileIdentity: Hashable {
    let device: UInt64
    let inode: UInt64
}
