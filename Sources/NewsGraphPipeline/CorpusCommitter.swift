import NewsGraphCore
import NewsGraphExport

/// The single-threaded commit step: takes processed articles in input order, gives entities
/// their run-wide ids, writes each article to the JSON Lines and TEI outputs, and merges its
/// partial graph. `finish` writes the graph and the registry and renames the files into place.
final class CorpusCommitter {
    private var registry = EntityRegistry()
    private(set) var graph = CorpusGraph()
    private let articlesFile: OutputFile
    private let teiFile: OutputFile
    private let dotFile: OutputFile
    private let tei: TEIWriter
    private let window: String
    private var ids = ArticleIDs()
    private let log: ProblemLog
    /// Counts for the summary line.
    private(set) var articleCount = 0
    private(set) var mentionCount = 0
    private(set) var relationCount = 0

    init(outputFolder: String, window: String, log: ProblemLog) throws(OutputFile.Failure) {
        self.log = log
        articlesFile = try OutputFile(path: outputFolder + "/articles.jsonl")
        teiFile = try OutputFile(path: outputFolder + "/corpus.tei.xml")
        dotFile = try OutputFile(path: outputFolder + "/graph.dot")
        do {
            tei = try TEIWriter(corpusTitle: "newsgraph annotated corpus", software: "newsgraph \(Version.current)")
        } catch {
            throw OutputFile.Failure(path: outputFolder + "/corpus.tei.xml", reason: error.description)
        }
        self.window = window
        try teiFile.write(tei.take())
    }

    /// Commits one processed article.
    func commit(_ output: ArticleProcessor.Output) throws(OutputFile.Failure) {
        let article = CommittedArticle(linked: ids.unique(output.linked, log: log), registry: &registry)
        try articlesFile.write(JSONLinesWriter.line(for: article))
        do {
            try tei.write(article)
        } catch {
            throw OutputFile.Failure(path: teiFile.path, reason: error.description)
        }
        try teiFile.write(tei.take())
        graph.merge(output.graph)
        articleCount += 1
        mentionCount += article.recognized.mentions.count
        relationCount += article.linked.relations.count
    }

    /// Number of entities with ids.
    var entityCount: Int { registry.count }

    /// Writes the graph and the TEI registry, then renames all three files into place.
    func finish() throws(OutputFile.Failure) {
        let ids = registry
        try dotFile.write(DOTWriter.document(graph: graph, ids: { ids.existingID(for: $0) }, window: window))
        do {
            try tei.finish(registry: registryEntries())
        } catch {
            throw OutputFile.Failure(path: teiFile.path, reason: error.description)
        }
        try teiFile.write(tei.take())
        // All three complete on disk before any replaces an earlier output.
        for file in [articlesFile, dotFile, teiFile] { try file.prepare() }
        for file in [articlesFile, dotFile, teiFile] { try file.install() }
    }

    /// Leaves earlier outputs untouched and removes the temporary files.
    func abandon() {
        articlesFile.discard()
        teiFile.discard()
        dotFile.discard()
    }

    private func registryEntries() -> [TEIWriter.RegistryEntry] {
        registry.keys.compactMap { key in
            guard let id = registry.existingID(for: key) else { return nil }
            var entry = TEIWriter.RegistryEntry(id: id, key: key)
            if key.label == .person, let titles = graph.nodes[key]?.titles {
                entry.occupations = titles.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.compactMap { name, count in
                    registry.existingID(for: EntityKey(label: .title, name: name)).map { ($0, name, count) }
                }
            }
            return entry
        }
    }
}

/// The version written into outputs.
public enum Version {
    public static let current = "0.1.0"
}
