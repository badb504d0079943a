import NewsGraphCore
import NewsGraphExport

/// The co-occurrence graph of an extract run, merged from the articles' partial graphs on the
/// committing thread, in memory that does not grow with the number of edges.
///
/// Entities are known by their number in the run's `EntityRegistry`; nodes sit in an array
/// by number, edges in an `EdgeTable` under the packed pair of their ends' numbers. When the
/// table reaches its budget it is sorted in `graph.dot` order and spilled to `EdgeRuns` on
/// disk; `writeDOT` merges the runs back while writing the edges.
final class RunGraph {
    private var nodes: [CorpusGraph.Node?] = []
    private var edges: EdgeTable
    private var runs: EdgeRuns?
    private let spillFolder: String
    /// Why edges could not be spilled, thrown by `writeDOT`.
    private var spillFailure: OutputFile.Failure?

    /// A graph spilling its edges to `spillFolder` whenever more than about
    /// `maximumEdgesInMemory` are held (48 bytes each, plus up to half as much while growing);
    /// nil keeps every edge in memory, so that `wholeGraph` can be built.
    init(spillFolder: String, maximumEdgesInMemory: Int?) {
        self.spillFolder = spillFolder
        edges = EdgeTable(maximumSlots: maximumEdgesInMemory.map { $0 / 3 * 4 })
    }

    /// Adds the nodes and edges of an article's partial graph, indexed in `entities`, whose
    /// entities have the numbers `numbers` in `registry` (`EntityRegistry.numbers(for:)`).
    func merge(_ entities: ArticleEntities, numbers: [Int32], registry: EntityRegistry) {
        if nodes.count < registry.count { nodes += repeatElement(nil, count: registry.count - nodes.count) }
        for (entity, node) in entities.nodes {
            let number = Int(numbers[Int(entity)])
            if nodes[number] == nil { nodes[number] = node } else { nodes[number]!.merge(node) }
        }
        for (a, b, edge) in entities.edges {
            if edges.isFull { spill(registry) }
            edges.merge(edge, at: EdgeTable.key(numbers[Int(a)], numbers[Int(b)]))
        }
    }

    /// Number of sorted runs of edges spilled to disk so far.
    var spilledRuns: Int { runs?.count ?? 0 }

    /// The node of the entity numbered `number` in the registry, if it has one.
    func node(number: Int32) -> CorpusGraph.Node? {
        Int(number) < nodes.count ? nodes[Int(number)] : nil
    }

    /// The whole graph keyed by entity, as `CorpusGraph.merge` would have built it.
    /// - Precondition: nothing was spilled (`maximumEdgesInMemory` nil).
    func wholeGraph(registry: EntityRegistry) -> CorpusGraph {
        precondition(runs == nil && spillFailure == nil, "the graph's edges were spilled")
        let keys = registry.keys
        var graph = CorpusGraph()
        for (number, node) in nodes.enumerated() {
            if let node { graph.nodes[keys[number]] = node }
        }
        edges.forEach { key, edge in
            let (a, b) = EdgeTable.ends(of: key)
            graph.edges[CorpusGraph.Pair(keys[Int(a)], keys[Int(b)])] = edge
        }
        return graph
    }

    /// Writes `graph.dot`: nodes with ids in id order, then the edges sorted by the ids of
    /// their ends, merging the spilled runs with what is in memory. Empties the edges.
    /// - Throws: a failure to spill or read back edges, or what `emit` throws.
    func writeDOT(
        window: String, registry: EntityRegistry, emit: ([UInt8]) throws(OutputFile.Failure) -> Void
    ) throws(OutputFile.Failure) {
        if let spillFailure { throw spillFailure }
        let order = IDOrder(registry)
        let keys = registry.keys
        var text = DOTText(window: window)
        for number in order.numbers {
            guard let node = self.node(number: number) else { continue }
            text.node(id: registry.id(ofNumber: number), key: keys[Int(number)], node: node)
            if let piece = text.piece() { try emit(piece) }
        }
        try edges.drain(rekey: order.rankKey) { (memory) throws(OutputFile.Failure) in
            func write(_ key: UInt64, _ edge: CorpusGraph.Edge) throws(OutputFile.Failure) {
                let (from, to) = EdgeTable.ends(of: key)
                text.edge(from: order.id(ofRank: from), to: order.id(ofRank: to), edge)
                if let piece = text.piece() { try emit(piece) }
            }
            if let runs {
                try runs.merge(memory: memory, rekey: order.rankKey, write)
            } else {
                for slot in memory { try write(slot.key, slot.edge) }
            }
        }
        text.end()
        if let piece = text.piece(all: true) { try emit(piece) }
    }

    /// Sorts the edges in `graph.dot` order and appends them to the runs on disk, keyed by
    /// entity numbers (ranks change as entities arrive).
    private func spill(_ registry: EntityRegistry) {
        let order = IDOrder(registry)
        do {
            if runs == nil { runs = try EdgeRuns(folder: spillFolder) }
            try edges.drain(rekey: order.rankKey) { (sorted) throws(OutputFile.Failure) in
                for index in sorted.indices {
                    let (from, to) = EdgeTable.ends(of: sorted[index].key)
                    sorted[index].key = EdgeTable.key(order.number(ofRank: from), order.number(ofRank: to))
                }
                try runs!.append(sorted)
            }
        } catch {
            spillFailure = spillFailure ?? error
            edges.drain(rekey: { _ in nil }) { _ in }
        }
    }
}

/// The entities of a registry in the order of their id strings (`org_0001` < `per_10000` <
/// `per_9999`), the order of `graph.dot`. Ids never change, so two entities keep their order
/// as more arrive: ranks taken at different times sort pairs alike.
private struct IDOrder {
    /// Entity numbers by rank.
    let numbers: [Int32]
    /// Rank by entity number.
    private let ranks: [Int32]
    private let registry: EntityRegistry

    init(_ registry: EntityRegistry) {
        self.registry = registry
        let sortKeys = (0..<Int32(registry.count)).map { IDOrder.sortKey(registry.id(ofNumber: $0)) }
        numbers = (0..<Int32(registry.count)).sorted { sortKeys[Int($0)] < sortKeys[Int($1)] }
        var ranks = [Int32](repeating: 0, count: numbers.count)
        for (rank, number) in numbers.enumerated() { ranks[Int(number)] = Int32(rank) }
        self.ranks = ranks
    }

    /// A packed pair of entity numbers (either order) as the packed pair of their ranks, lower
    /// first: sorting by it sorts edges by (from id, to id).
    func rankKey(_ key: UInt64) -> UInt64? {
        let (a, b) = EdgeTable.ends(of: key)
        return EdgeTable.key(ranks[Int(a)], ranks[Int(b)])
    }

    /// An id's ASCII bytes packed big-endian into two words, zero-padded: the words compare as
    /// the ids do. Ids fit, being a three-letter prefix, `_` and a counter below `Int32.max`.
    private static func sortKey(_ id: String) -> (UInt64, UInt64) {
        precondition(id.utf8.count <= 16, "entity id longer than 16 bytes")
        var words: (UInt64, UInt64) = (0, 0)
        for (index, byte) in id.utf8.enumerated() {
            if index < 8 {
                words.0 |= UInt64(byte) << (56 - 8 * index)
            } else {
                words.1 |= UInt64(byte) << (56 - 8 * (index - 8))
            }
        }
        return words
    }

    func number(ofRank rank: Int32) -> Int32 {
        numbers[Int(rank)]
    }

    func id(ofRank rank: Int32) -> String {
        registry.id(ofNumber: numbers[Int(rank)])
    }
}
