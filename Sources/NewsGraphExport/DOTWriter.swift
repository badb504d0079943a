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
    /// - Complexity: O(e log e) for e nodes and edges; lines are written straight into the bytes
    ///   (no array of line strings), so a graph of millions of edges costs little beyond its text.
    public static func document(
        graph: CorpusGraph, ids: (EntityKey) -> String?, window: String, name: String = "newsgraph"
    ) -> [UInt8] {
        var out: [UInt8] = []
        func line(_ text: String) {
            out.append(contentsOf: text.utf8)
            out.append(UInt8(ascii: "\n"))
        }
        line("strict graph \(quote(name)) {")
        line("  graph [charset=\"UTF-8\", window=\(quote(window)), overlap=\"false\"];")
        line("  node [style=\"filled\"];")
        line("  edge [color=\"#555555\"];")
        let nodes = graph.nodes.compactMap { key, node in ids(key).map { (id: $0, key: key, node: node) } }
        for (id, key, node) in nodes.sorted(by: { $0.id < $1.id }) {
            let style = style(of: key.label)
            var label = key.name
            var attributes = "type=\(quote(key.label.rawValue.lowercased()))"
            if key.label == .person, let title = node.mostFrequentTitle {
                label += "\n" + title
                attributes += ", title=\(quote(title))"
            }
            line("  \(quote(id)) [label=\(quote(label)), \(attributes), mentions=\(node.mentions), articles=\(node.articles), shape=\(quote(style.shape)), fillcolor=\(quote(style.color))];")
        }
        var edges: [(from: String, to: String, edge: CorpusGraph.Edge)] = []
        for (pair, edge) in graph.edges {
            guard let a = ids(pair.first), let b = ids(pair.second) else { continue }
            let weight = window == "article" ? edge.articles : edge.sentences
            guard weight > 0 || !edge.relations.isEmpty else { continue }
            edges.append(a < b ? (a, b, edge) : (b, a, edge))
        }
        edges.sort { ($0.from, $0.to) < ($1.from, $1.to) }
        for (from, to, edge) in edges {
            let weight = window == "article" ? edge.articles : edge.sentences
            var attributes = "weight=\(max(weight, 1)), sentences=\(edge.sentences), articles=\(edge.articles)"
            if !edge.relations.isEmpty {
                let labels = edge.relations.keys.sorted().map(\.rawValue).joined(separator: ",")
                attributes += ", label=\(quote(labels))"
            }
            if let first = edge.first, let last = edge.last {
                attributes += ", first=\(quote(first.iso)), last=\(quote(last.iso))"
            }
            attributes += ", penwidth=\(min(1 + weight / 2, 8))"
            line("  \(quote(from)) -- \(quote(to)) [\(attributes)];")
        }
        out.append(contentsOf: "}\n".utf8)
        return out
    }

    /// A DOT double-quoted string: quotes and backslashes escaped, a line break as `\n`,
    /// control characters replaced.
    static func quote(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        result.append("\"")
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result.append(contentsOf: "\\\"".unicodeScalars)
            case "\\": result.append(contentsOf: "\\\\".unicodeScalars)
            case "\n": result.append(contentsOf: "\\n".unicodeScalars)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0xFFFE...0xFFFF).contains(scalar.value) {
                    result.append("\u{FFFD}")
                } else {
                    result.append(scalar)
                }
            }
        }
        result.append("\"")
        return String(result)
    }
}
