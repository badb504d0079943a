import NewsGraphCore
import NewsGraphExport

/// The commit step of an extract run: takes processed batches in input order, gives entities
/// their run-wide ids and merges the batch's partial graphs into the run's `RunGraph` (one
/// thread, in order); each article's JSON line and TEI element are rendered in parallel
/// (`render`) and written in order (`write`). `finish` writes the graph and the registry and
/// renames the files into place.
final class CorpusCommitter {
    private var registry = EntityRegistry()
    private let graph: RunGraph
    private let articlesFile: OutputFile
    private let teiFile: OutputFile
    private let dotFile: OutputFile
    private let tei: TEICorpusWriter
    private let window: String
    private var ids = ArticleIDs()
    private let log: ProblemLog
    /// Counts for the summary line.
    private(set) var articleCount = 0
    private(set) var mentionCount = 0
    private(set) var relationCount = 0
    /// Time spent committing, rendering and writing.
    private(set) var times = StageTimes()

    /// Output files go to `outputFolder`, and so do the graph's spilled edges unless
    /// `keepsWholeGraph` (for `wholeGraph`) keeps them all in memory.
    init(outputFolder: String, window: String, keepsWholeGraph: Bool, log: ProblemLog) throws(OutputFile.Failure) {
        self.log = log
        graph = RunGraph(
            spillFolder: outputFolder, maximumEdgesInMemory: keepsWholeGraph ? nil : CorpusCommitter.maximumEdgesInMemory
        )
        articlesFile = try OutputFile(path: outputFolder + "/articles.jsonl")
        teiFile = try OutputFile(path: outputFolder + "/corpus.tei.xml")
        dotFile = try OutputFile(path: outputFolder + "/graph.dot")
        do {
            tei = try TEICorpusWriter(corpusTitle: "newsgraph annotated corpus", software: "newsgraph \(Version.current)")
        } catch {
            throw OutputFile.Failure(path: teiFile.path, reason: error.description)
        }
        self.window = window
        try teiFile.write(tei.header)
    }

    /// One article's rendered outputs: its JSON line and its TEI element.
    struct Rendering: Sendable {
        var line: [UInt8]
        var tei: [UInt8]
        /// Time the rendering took.
        var time: Duration
    }

    /// Gives the entities of one processed batch their run-wide ids, in input order, and
    /// merges the batch's partial graphs. The articles are then rendered (on any thread) and
    /// written with `write`.
    func assignIDs(_ outputs: [ArticleProcessor.Output]) -> [CommittedArticle] {
        let clock = ContinuousClock()
        let start = clock.now
        var committed: [CommittedArticle] = []
        committed.reserveCapacity(outputs.count)
        for output in outputs {
            let numbers = registry.numbers(for: output.entities)
            let linked = ids.unique(output.linked, log: log)
            committed.append(CommittedArticle(linked: linked, entities: output.entities, numbers: numbers, registry: registry))
            graph.merge(output.entities, numbers: numbers, registry: registry)
        }
        times.commit += clock.now - start
        return committed
    }

    /// Renders one committed article; safe to call on any thread.
    static func render(_ article: CommittedArticle) -> Rendering {
        let clock = ContinuousClock()
        let start = clock.now
        let line = JSONLinesWriter.line(for: article)
        let tei = TEICorpusWriter.article(article)
        return Rendering(line: line, tei: tei, time: clock.now - start)
    }

    /// Writes the renderings of committed articles, in order.
    func write(_ committed: [CommittedArticle], _ renderings: [Rendering]) throws(OutputFile.Failure) {
        let clock = ContinuousClock()
        let start = clock.now
        for (article, rendering) in zip(committed, renderings) {
            try articlesFile.write(rendering.line)
            try teiFile.write(rendering.tei)
            articleCount += 1
            mentionCount += article.recognized.mentions.count
            relationCount += article.linked.relations.count
            times.render += rendering.time
        }
        times.write += clock.now - start
    }

    /// Number of entities with ids.
    var entityCount: Int { registry.count }

    /// The run's whole graph so far.
    /// - Precondition: the committer was made with `keepsWholeGraph`.
    var wholeGraph: CorpusGraph { graph.wholeGraph(registry: registry) }

    /// Edges the run's graph holds in memory before spilling them: about 25 MB of slots.
    static let maximumEdgesInMemory = 393_216

    /// Writes the graph and the TEI registry, then renames all three files into place.
    func finish() throws(OutputFile.Failure) {
        try graph.writeDOT(window: window, registry: registry) { (piece) throws(OutputFile.Failure) in try dotFile.write(piece) }
        let registryBytes: [UInt8]
        do {
            registryBytes = try tei.finish(registry: registryEntries())
        } catch {
            throw OutputFile.Failure(path: teiFile.path, reason: error.description)
        }
        try teiFile.write(registryBytes)
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

    private func registryEntries() -> [TEICorpusWriter.RegistryEntry] {
        registry.keys.enumerated().map { number, key in
            var entry = TEICorpusWriter.RegistryEntry(id: registry.id(ofNumber: Int32(number)), key: key)
            if key.label == .person, let titles = graph.node(number: Int32(number))?.titles {
                entry.occupations = titles.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
                    .compactMap { name, count in
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
