import NewsGraphCore

/// Writes the corpus co-occurrence graph for Graphviz (`graph.dot`).
///
/// Nodes are entities with their run-wide ids, labelled with their name (persons also with
/// their most frequent title), shaped and coloured by label; edges are undirected, weighted by
/// the number of sentences (or articles) naming both ends, labelled with typed relations.
/// Nodes are written in id order, edges sorted by their ends, so the bytes are deterministic.
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

    /// Writes the DOT text of `graph` in pieces of about `pieceSize` bytes, handing each to
    /// `emit` (a file, say), so the whole text is never held in memory.
    /// - Complexity: O(e log e) for e nodes and edges; everything is appended straight to the
    ///   bytes (no line strings), so a graph of millions of edges costs little beyond its text.
    public static func write<Failure: Error>(
        graph: CorpusGraph, ids: (EntityKey) -> String?, window: String, name: String = "newsgraph",
        emit: ([UInt8]) throws(Failure) -> Void
    ) throws(Failure) {
        var out = DOTOutput()
        func emitFullPiece() throws(Failure) {
            if out.bytes.count >= pieceSize { try emit(out.take()) }
        }
        out.raw("strict graph "); out.quoted(name); out.raw(" {\n")
        out.raw("  graph [charset=\"UTF-8\", window="); out.quoted(window); out.raw(", overlap=\"false\"];\n")
        out.raw("  node [style=\"filled\"];\n")
        out.raw("  edge [color=\"#555555\"];\n")
        let nodes = graph.nodes.compactMap { key, node in ids(key).map { (id: $0, key: key, node: node) } }
        for (id, key, node) in nodes.sorted(by: { $0.id < $1.id }) {
            let style = style(of: key.label)
            let title = key.label == .person ? node.mostFrequentTitle : nil
            out.raw("  "); out.quoted(id)
            out.raw(" [label="); out.quoted(key.name, secondLine: title)
            out.raw(", type="); out.quoted(key.label.rawValue.lowercased())
            if let title { out.raw(", title="); out.quoted(title) }
            out.raw(", mentions="); out.int(node.mentions)
            out.raw(", articles="); out.int(node.articles)
            out.raw(", shape="); out.quoted(style.shape)
            out.raw(", fillcolor="); out.quoted(style.color)
            out.raw("];\n")
            try emitFullPiece()
        }
        // Edges are sorted by the ids of their ends and kept as positions in the graph, not as
        // copies: a corpus graph has millions of them.
        var edges: [(from: String, to: String, index: Dictionary<CorpusGraph.Pair, CorpusGraph.Edge>.Index)] = []
        for index in graph.edges.indices {
            let (pair, edge) = graph.edges[index]
            guard let a = ids(pair.first), let b = ids(pair.second) else { continue }
            let weight = window == "article" ? edge.articles : edge.sentences
            guard weight > 0 || !edge.relations.isEmpty else { continue }
            edges.append(a < b ? (a, b, index) : (b, a, index))
        }
        edges.sort { ($0.from, $0.to) < ($1.from, $1.to) }
        for (from, to, index) in edges {
            let edge = graph.edges[index].value
            let weight = window == "article" ? edge.articles : edge.sentences
            out.raw("  "); out.quoted(from); out.raw(" -- "); out.quoted(to)
            out.raw(" [weight="); out.int(max(weight, 1))
            out.raw(", sentences="); out.int(edge.sentences)
            out.raw(", articles="); out.int(edge.articles)
            if !edge.relations.isEmpty {
                out.raw(", label="); out.quoted(edge.relations.keys.sorted().map(\.rawValue).joined(separator: ","))
            }
            if let first = edge.first, let last = edge.last {
                out.raw(", first="); out.quoted(first.iso)
                out.raw(", last="); out.quoted(last.iso)
            }
            out.raw(", penwidth="); out.int(min(1 + weight / 2, 8))
            out.raw("];\n")
            try emitFullPiece()
        }
        out.raw("}\n")
        try emit(out.take())
    }

    /// The size of the pieces `write` hands over.
    static let pieceSize = 1 << 20
}
