import Foundation
import NewsGraphCore
import NewsGraphLink
import NewsGraphRecognize

/// The project's dictionaries, loaded once for every test that recognises or links.
public enum TestResources {
    /// The recognition resources of `Dictionaries/`.
    public static let recognition: RecognitionResources = {
        var resources = RecognitionResources()
        for (kind, file) in files() where kind != "relations" && kind != "gazetteers" {
            do {
                try resources.load(kind: kind, file: file)
            } catch {
                fatalError("Dictionaries do not load: \(error)")
            }
        }
        return resources
    }()

    /// The relation cues of `Dictionaries/`.
    public static let relationCues: RelationCues = {
        var cues = RelationCues()
        for (kind, file) in files() where kind == "relations" {
            do {
                try cues.load(file)
            } catch {
                fatalError("Dictionaries do not load: \(error)")
            }
        }
        return cues
    }()

    /// The (kind, file) pairs the manifest lists.
    static func files() -> [(String, DictionaryFile)] {
        let folder = TestPaths.dictionaries
        let manifest = DictionaryFile(displayName: "manifest.tsv", text: read(folder + "/manifest.tsv"))
        return manifest.rows.map { row in
            (row.fields[0], DictionaryFile(displayName: "Dictionaries/" + row.fields[1], text: read(folder + "/" + row.fields[1])))
        }
    }

    private static func read(_ path: String) -> String {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { fatalError("cannot read \(path)") }
        return text
    }
}
