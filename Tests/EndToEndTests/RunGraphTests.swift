import Foundation
import NewsGraphCore
import NewsGraphExport
@testable import NewsGraphPipeline
import NewsGraphTestSupport
import Testing

/// The graph of an `extract` run writes the same `graph.dot` bytes whether its edges stayed in
/// memory or were spilled to disk in many runs, and the same as the graph keyed by entity.
@Suite struct RunGraphTests {
    /// Article graphs naming 20 of `entities` persons and places each, with random pairs,
    /// sentence counts (some zero), `VISITED` relations and dates.
    private func articles(count: Int, entities: Int, seed: UInt64) -> [CorpusGraph] {
        var random = SeededRandom(seed: seed)
        return (0..<count).map { article in
            var graph = CorpusGraph()
            let keys = (0..<20).map { _ in
                let number = Int.random(in: 0..<entities, using: &random)
                return EntityKey(label: number % 5 == 0 ? .place : .person, name: "实体\(number)")
            }
            for (index, key) in keys.enumerated() where graph.nodes[key] == nil {
                graph.nodes[key] = CorpusGraph.Node(
                    firstSeen: CorpusGraph.ordinal(article: article, mention: index), mentions: 1, articles: 1,
                    titles: random.chance(0.2) ? [random.pick(["县长", "书记"]): 1] : [:]
                )
            }
            for _ in 0..<12 {
                let a = random.pick(keys), b = random.pick(keys)
                guard a != b else { continue }
                let day = PartialDate(year: 2022, month: 12, day: Int.random(in: 1...31, using: &random))
                graph.addEdge(
                    a, b, sentences: Int.random(in: 0...2, using: &random), articles: 1,
                    relation: random.chance(0.1) ? .visited : nil, date: random.chance(0.5) ? day : nil
                )
            }
            return graph
        }
    }

    /// A keyed partial graph as the commit step takes it: its entities, nodes and edges by index.
    private func indexed(_ graph: CorpusGraph) -> ArticleEntities {
        var entities = ArticleEntities(mentions: graph.nodes.keys.sorted())
        entities.nodes = graph.nodes.map { (entities.entity(of: $0.key)!, $0.value) }
        entities.edges = graph.edges.map { (entities.entity(of: $0.key.first)!, entities.entity(of: $0.key.second)!, $0.value) }
        return entities
    }

    @Test(arguments: ["sentence", "article"])
    func spilledEdgesGiveTheSameGraphDOT(window: String) throws {
        let folder = TestPaths.temporaryFolder("newsgraph-run-graph")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var registry = EntityRegistry()
        var whole = CorpusGraph()
        let spilling = RunGraph(spillFolder: folder, maximumEdgesInMemory: 1000)
        let inMemory = RunGraph(spillFolder: folder, maximumEdgesInMemory: nil)
        for graph in articles(count: 2000, entities: 16000, seed: 7) {
            let entities = indexed(graph)
            let numbers = registry.numbers(for: entities)
            whole.merge(graph)
            spilling.merge(entities, numbers: numbers, registry: registry)
            inMemory.merge(entities, numbers: numbers, registry: registry)
        }
        // Past per_9999, string order of ids differs from numeric order.
        #expect((0..<Int32(registry.count)).contains { registry.id(ofNumber: $0) == "per_10000" })
        #expect(spilling.spilledRuns > 5)
        #expect(inMemory.wholeGraph(registry: registry) == whole)
        let ids = registry
        let expected = DOTWriter.document(graph: whole, ids: { ids.existingID(for: $0) }, window: window)
        for graph in [spilling, inMemory] {
            var dot: [UInt8] = []
            try graph.writeDOT(window: window, registry: registry) { dot += $0 }
            let same = dot == expected
            #expect(same, "graph.dot differs")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }
}
