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
        var lines: [String] = []
        lines.append("strict graph \(quote(name)) {")
        lines.append("  graph [charset=\"UTF-8\", window=\(quote(window)), overlap=\"false\"];")
        lines.append("  node [style=\"filled\"];")
        lines.append("  edge [color=\"#555555\"];")
        var nodeLines: [(String, String)] = []
        for (key, node) in graph.nodes {
            guard let id = ids(key) else { continue }
            let style = style(of: key.label)
            var label = key.name
            var attributes = "type=\(quote(key.label.rawValue.lowercased()))"
            if key.label == .person, let title = node.mostFrequentTitle {
                label += "\n" + title
                attributes += ", title=\(quote(title))"
            }
            nodeLines.append((id, "  \(quote(id)) [label=\(quote(label)), \(attributes), mentions=\(node.mentions), articles=\(node.articles), shape=\(quote(style.shape)), fillcolor=\(quote(style.color))];"))
        }
        lines.append(contentsOf: nodeLines.sorted { $0.0 < $1.0 }.map(\.1))
        var edgeLines: [(String, String, String)] = []
        for (pair, edge) in graph.edges {
            guard let a = ids(pair.first), let b = ids(pair.second) else { continue }
            let (from, to) = a < b ? (a, b) : (b, a)
            let weight = window == "article" ? edge.articles : edge.sentences
            guard weight > 0 || !edge.relations.isEmpty else { continue }
            var attributes = "weight=\(max(weight, 1)), sentences=\(edge.sentences), articles=\(edge.articles)"
            if !edge.relations.isEmpty {
                let labels = edge.relations.keys.sorted().map(\.rawValue).joined(separator: ",")
                attributes += ", label=\(quote(labels))"
            }
            if let first = edge.first, let last = edge.last {
                attributes += ", first=\(quote(first.iso)), last=\(quote(last.iso))"
            }
            attributes += ", penwidth=\(min(1 + weight / 2, 8))"
            edgeLines.append((from, to, "  \(quote(from)) -- \(quote(to)) [\(attributes)];"))
        }
        lines.append(contentsOf: edgeLines.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2))
        lines.append("}")
        return Array((lines.joined(separator: "\n") + "\n").utf8)
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
