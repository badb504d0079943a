import NewsGraphCore
import NewsGraphExport

/// The co-occurrence graph of an extract run, merged from the articles' partial graphs on the
/// committing thread, in memory that does not grow with the number of edges.
///
/// Each entity is numbered once (`Int32`, in order of first merge) and keeps its id and node
/// data in arrays; edges sit in an `EdgeTable` under the packed pair of their ends' numbers.
/// When the table reaches its budget it is sorted in `graph.dot` order and spilled to
/// `EdgeRuns` on disk; `writeDOT` merges the runs back while writing the edges.
final class RunGraph {
    private var keys: [EntityKey] = []
    private var numbers: [EntityKey: Int32] = [:]
    /// Per entity: its run-wide id (nil for entities the registry gives none) and its node.
    private var ids: [String?] = []
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

    /// Adds the nodes and edges of `partial`; `id` gives the run-wide id of an entity seen for
    /// the first time (edges are written between entities with ids only).
    func merge(_ partial: CorpusGraph, id: (EntityKey) -> String?) {
        for (key, node) in partial.nodes {
            let number = Int(self.number(of: key, id: id))
            if nodes[number] == nil { nodes[number] = node } else { nodes[number]!.merge(node) }
        }
        for (pair, edge) in partial.edges {
            let key = EdgeTable.key(number(of: pair.first, id: id), number(of: pair.second, id: id))
            if edges.isFull { spill() }
            edges.merge(edge, at: key)
        }
    }

    /// Number of sorted runs of edges spilled to disk so far.
    var spilledRuns: Int { runs?.count ?? 0 }

    /// The node of `key`, if it has one.
    func node(for key: EntityKey) -> CorpusGraph.Node? {
        numbers[key].flatMap { nodes[Int($0)] }
    }

    /// The whole graph keyed by entity, as `CorpusGraph.merge` would have built it.
    /// - Precondition: nothing was spilled (`maximumEdgesInMemory` nil).
    var wholeGraph: CorpusGraph {
        precondition(runs == nil && spillFailure == nil, "the graph's edges were spilled")
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
    func writeDOT(window: String, emit: ([UInt8]) throws(OutputFile.Failure) -> Void) throws(OutputFile.Failure) {
        if let spillFailure { throw spillFailure }
        let order = IDOrder(ids)
        var text = DOTText(window: window)
        for number in order.numbers {
            guard let node = nodes[Int(number)] else { continue }
            text.node(id: ids[Int(number)]!, key: keys[Int(number)], node: node)
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

    /// The number of `key`, numbering it (and asking its `id`) when new.
    private func number(of key: EntityKey, id: (EntityKey) -> String?) -> Int32 {
        if let number = numbers[key] { return number }
        let number = Int32(keys.count)
        numbers[key] = number
        keys.append(key)
        ids.append(id(key))
        nodes.append(nil)
        return number
    }

    /// Sorts the edges in `graph.dot` order and appends them to the runs on disk, keyed by
    /// entity numbers (ranks change as entities arrive); edges between entities without ids
    /// are dropped, as `graph.dot` leaves them out.
    private func spill() {
        let order = IDOrder(ids)
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

/// The entities with ids in the order of their id strings (`org_0001` < `per_10000` <
/// `per_9999`), the order of `graph.dot`. Ids never change, so two entities keep their order
/// as more arrive: ranks taken at different times sort pairs alike.
private struct IDOrder {
    /// Entity numbers by rank.
    let numbers: [Int32]
    /// Rank by entity number; -1 for entities without ids.
    private let ranks: [Int32]
    private let ids: [String?]

    init(_ ids: [String?]) {
        self.ids = ids
        numbers = ids.indices.filter { ids[$0] != nil }.map { Int32($0) }.sorted { ids[Int($0)]! < ids[Int($1)]! }
        var ranks = [Int32](repeating: -1, count: ids.count)
        for (rank, number) in numbers.enumerated() { ranks[Int(number)] = Int32(rank) }
        self.ranks = ranks
    }

    /// A packed pair of entity numbers (either order) as the packed pair of their ranks, lower
    /// first: sorting by it sorts edges by (from id, to id). Nil when one has no id.
    func rankKey(_ key: UInt64) -> UInt64? {
        let (a, b) = EdgeTable.ends(of: key)
        let rankA = ranks[Int(a)], rankB = ranks[Int(b)]
        guard rankA >= 0, rankB >= 0 else { return nil }
        return EdgeTable.key(rankA, rankB)
    }

    func number(ofRank rank: Int32) -> Int32 {
        numbers[Int(rank)]
    }

    func id(ofRank rank: Int32) -> String {
        ids[Int(numbers[Int(rank)])]!
    }
}
