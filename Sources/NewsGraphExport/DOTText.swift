import NewsGraphCore

/// The text of `graph.dot`, appended one node or edge at a time and taken in pieces, so that a
/// graph of millions of edges can be streamed to a file in the order its writer produces.
///
/// The caller gives nodes in id order, then edges sorted by the ids of their ends (`from` <
/// `to`, compared as strings), and calls `end` last; `DOTWriter` does this for a `CorpusGraph`.
public struct DOTText {
    private var out = DOTOutput()
    private let window: String

    /// Starts the document: the graph's name and its default attributes.
    public init(window: String, name: String = "newsgraph") {
        self.window = window
        out.raw("strict graph "); out.quoted(name); out.raw(" {\n")
        out.raw("  graph [charset=\"UTF-8\", window="); out.quoted(window); out.raw(", overlap=\"false\"];\n")
        out.raw("  node [style=\"filled\"];\n")
        out.raw("  edge [color=\"#555555\"];\n")
    }

    /// Appends the entity `key` with the id `id`, labelled with its name (persons also with
    /// their most frequent title), shaped and coloured by label.
    public mutating func node(id: String, key: EntityKey, node: CorpusGraph.Node) {
        let style = DOTWriter.style(of: key.label)
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
    }

    /// Whether `edge` is drawn: it has a weight in the window or a typed relation.
    public func draws(_ edge: CorpusGraph.Edge) -> Bool {
        weight(of: edge) > 0 || edge.hasRelations
    }

    /// Appends the edge between the entities with ids `from` and `to` when it `draws`,
    /// weighted by the sentences (or articles, with the article window) naming both ends.
    public mutating func edge(from: String, to: String, _ edge: CorpusGraph.Edge) {
        guard draws(edge) else { return }
        let weight = weight(of: edge)
        out.raw("  "); out.quoted(from); out.raw(" -- "); out.quoted(to)
        out.raw(" [weight="); out.int(max(weight, 1))
        out.raw(", sentences="); out.int(edge.sentences)
        out.raw(", articles="); out.int(edge.articles)
        if edge.hasRelations {
            out.raw(", label="); out.quoted(edge.relations.map(\.label.rawValue).joined(separator: ","))
        }
        if let first = edge.first, let last = edge.last {
            out.raw(", first="); out.quoted(first)
            out.raw(", last="); out.quoted(last)
        }
        out.raw(", penwidth="); out.int(min(1 + weight / 2, 8))
        out.raw("];\n")
    }

    /// Closes the document.
    public mutating func end() {
        out.raw("}\n")
    }

    /// The text appended since the last piece was taken, once it holds at least `pieceSize`
    /// bytes (or whatever it holds when `all`).
    public mutating func piece(all: Bool = false) -> [UInt8]? {
        all || out.count >= DOTText.pieceSize ? out.take() : nil
    }

    /// The size of the pieces handed over.
    static let pieceSize = 1 << 20

    private func weight(of edge: CorpusGraph.Edge) -> Int {
        window == "article" ? edge.articles : edge.sentences
    }
}
