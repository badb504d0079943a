import NewsGraphCore
import NewsGraphIngest
import NewsGraphLink
import NewsGraphRecognize

/// The dictionaries and rule files of one run, loaded from a folder through its `manifest.tsv`.
public struct DictionarySet: Sendable {
    public var recognition: RecognitionResources
    public var relationCues: RelationCues
    /// The folder they came from.
    public var folder: String
    /// The national gazetteer files loaded on top (`loadGazetteers`).
    public var gazetteers: [String] = []
    /// The national gazetteers to load when the command line names none (`gazetteers.tsv`).
    public var defaultGazetteers = GazetteerConfig()

    /// Loads every file the manifest of `folder` names.
    /// - Throws: `DictionaryError` for a missing file or the first malformed line.
    public static func load(from folder: String) throws(DictionaryError) -> DictionarySet {
        let manifest = try readFile(folder, "manifest.tsv")
        guard !manifest.rows.isEmpty else {
            throw DictionaryError(file: manifest.displayName, line: nil, message: "lists no dictionaries")
        }
        var recognition = RecognitionResources()
        var cues = RelationCues()
        var gazetteers = GazetteerConfig()
        for row in manifest.rows {
            guard row.fields.count >= 2, !row.fields[1].isEmpty else {
                throw manifest.error(row, "expected two columns: kind, file")
            }
            let kind = row.fields[0]
            guard kind == "relations" || kind == "gazetteers" || RecognitionResources.kinds.contains(kind) else {
                let known = (RecognitionResources.kinds.union(["relations", "gazetteers"])).sorted().joined(separator: ", ")
                throw manifest.error(row, "unknown kind \"\(kind)\" (expected one of \(known))")
            }
            let file = try readFile(folder, row.fields[1], listedAt: (manifest, row))
            if kind == "relations" {
                try cues.load(file)
            } else if kind == "gazetteers" {
                gazetteers = try GazetteerConfig(file, folder: folder)
            } else {
                try recognition.load(kind: kind, file: file)
            }
        }
        return DictionarySet(recognition: recognition, relationCues: cues, folder: folder, defaultGazetteers: gazetteers)
    }

    private static func readFile(
        _ folder: String, _ name: String, listedAt: (DictionaryFile, DictionaryFile.Row)? = nil
    ) throws(DictionaryError) -> DictionaryFile {
        let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
        let bytes: [UInt8]
        do {
            bytes = try FileReader.read(path)
        } catch {
            if let (manifest, row) = listedAt { throw manifest.error(row, "cannot read \(path): \(error)") }
            throw DictionaryError(file: path, line: nil, message: "cannot read: \(error)")
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
        guard let text = String(validating: body, as: UTF8.self) else {
            let (line, offset) = firstInvalidUTF8(body)
            throw DictionaryError(file: path, line: line, message: "not valid UTF-8 (byte \(offset)); dictionaries must be saved as UTF-8")
        }
        return DictionaryFile(displayName: path, text: text)
    }

    /// The 1-based line and the byte offset of the first byte that is not UTF-8.
    private static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> (line: Int, offset: Int) {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var offset = bytes.startIndex
        var line = 1
        while case .scalarValue(let scalar) = decoder.decode(&iterator) {
            if scalar == "\n" { line += 1 }
            offset += UTF8.width(scalar)
        }
        return (line, offset)
    }

    /// The dictionaries folder to use when none is given: `$NEWSGRAPH_DICTIONARIES`, then
    /// `Dictionaries/` in the working folder, then the one of the source checkout this binary
    /// was built from.
    public static func defaultFolder(environment: [String: String]) -> String {
        if let path = environment["NEWSGRAPH_DICTIONARIES"], !path.isEmpty { return path }
        if FileSystem.isDirectory("Dictionaries") { return "Dictionaries" }
        let source = #filePath
        let parts = source.split(separator: "/", omittingEmptySubsequences: false)
        let root = parts.dropLast(3).joined(separator: "/")
        return root + "/Dictionaries"
    }
}
