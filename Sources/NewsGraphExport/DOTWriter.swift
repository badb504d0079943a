import NewsGraphCore

/// Writes a corpus co-occurrence graph for Graphviz (`graph.dot`).
///
/// Nodes are entities with their run-wide ids, labelled with their name (persons also with
/// their most frequent title), shaped and coloured by label; edges are undirected, weighted by
/// the number of sentences (or articles) naming both ends, labelled with typed relations.
/// Nodes are written in id order, edges sorted by the ids of their ends, so the bytes are
/// deterministic. The text itself is `DOTText`.
public enum DOTWriter {
    /// Shape and fill colour per label.
    static func style(of label: Label) -> (shape: String, color: String) {
        switch label {
        case .person: ("ellipse", "#fde0dd")
        case .place: ("box", "#e0f3db")
        case .org: ("hexagon", "#deebf7")
        case .enterprise: ("component", "#fff7bc")
        case .meeting: ("note", "#efedf5")
        case .title, .date: ("plaintext", "#ffffff")
        }
    }

    /// The DOT text of `graph`; `ids` gives each entity's id (entities without one are left out).
    public static func document(
        graph: CorpusGraph, ids: (EntityKey) -> String?, window: String, name: String = "newsgraph"
    ) -> [UInt8] {
        var document: [UInt8] = []
        write(graph: graph, ids: ids, window: window, name: name) { document += $0 }
        return document
    }

    /// Writes the DOT text of `graph` in pieces of about `DOTText.pieceSize` bytes, handing each
    /// to `emit` (a file, say), so the whole text is never held in memory.
    /// - Complexity: O(e log e) for e nodes and edges; everything is appended straight to the
    ///   bytes (no line strings), so a graph of millions of edges costs little beyond its text.
    public static func write<Failure: Error>(
        graph: CorpusGraph, ids: (EntityKey) -> String?, window: String, name: String = "newsgraph",
        emit: ([UInt8]) throws(Failure) -> Void
    ) throws(Failure) {
        var text = DOTText(window: window, name: name)
        let nodes = graph.nodes.compactMap { key, node in ids(key).map { (id: $0, key: key, node: node) } }
        for (id, key, node) in nodes.sorted(by: { $0.id < $1.id }) {
            text.node(id: id, key: key, node: node)
            if let piece = text.piece() { try emit(piece) }
        }
        // Edges are sorted by the ids of their ends and kept as positions in the graph, not as
        // copies: a corpus graph has millions of them.
        var edges: [(from: String, to: String, index: Dictionary<CorpusGraph.Pair, CorpusGraph.Edge>.Index)] = []
        for index in graph.edges.indices {
            let (pair, edge) = graph.edges[index]
            guard let a = ids(pair.first), let b = ids(pair.second), text.draws(edge) else { continue }
            edges.append(a < b ? (a, b, index) : (b, a, index))
        }
        edges.sort { ($0.from, $0.to) < ($1.from, $1.to) }
        for (from, to, index) in edges {
            text.edge(from: from, to: to, graph.edges[index].value)
            if let piece = text.piece() { try emit(piece) }
        }
        text.end()
        if let piece = text.piece(all: true) { try emit(piece) }
    }
}
