import NewsGraphCore

/// The file format of a partial graph, for `extract --emit-partial-graph` and `newsgraph merge`:
/// JSON Lines, canonical (nodes sorted by entity, edges by pair), so equal graphs are equal bytes.
///
/// ```
/// {"newsgraph_partial_graph":1,"window":"sentence","nodes":2,"edges":1}
/// {"node":{"label":"PERSON","name":"解芳"},"first_seen":123,"mentions":10,"articles":3,"titles":{"县委书记":3}}
/// {"edge":[{"label":"PERSON","name":"解芳"},{"label":"PLACE","name":"横水镇"}],"sentences":2,"articles":1,"relations":{"VISITED":1},"first":"2022-12-01","last":"2022-12-01"}
/// ```
public enum PartialGraphCodec {
    /// Format version written in the first line.
    public static let version = 1

    /// Why a file is not a partial graph.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var line: Int
        public var reason: String
        public var description: String { "line \(line): \(reason)" }
    }

    /// The canonical bytes of `graph`.
    /// - Complexity: O(n log n + e log e).
    public static func encode(_ graph: CorpusGraph, window: PartialGraphBuilder.Window) -> [UInt8] {
        var out = JSONOutput()
        out.raw("{"); out.key("newsgraph_partial_graph"); out.int(version)
        out.raw(","); out.key("window"); out.string(window.rawValue)
        out.raw(","); out.key("nodes"); out.int(graph.nodes.count)
        out.raw(","); out.key("edges"); out.int(graph.edges.count)
        out.raw("}\n")
        for (key, node) in graph.nodes.sorted(by: { $0.key < $1.key }) {
            out.raw("{"); out.key("node"); entity(key, &out)
            out.raw(","); out.key("first_seen"); out.int(Int(node.firstSeen))
            out.raw(","); out.key("mentions"); out.int(node.mentions)
            out.raw(","); out.key("articles"); out.int(node.articles)
            out.raw(","); out.key("titles"); out.raw("{")
            for (index, (title, count)) in node.titles.sorted(by: { $0.key < $1.key }).enumerated() {
                if index > 0 { out.raw(",") }
                out.string(title); out.raw(":"); out.int(count)
            }
            out.raw("}}\n")
        }
        for (pair, edge) in graph.edges.sorted(by: { $0.key < $1.key }) {
            out.raw("{"); out.key("edge"); out.raw("["); entity(pair.first, &out); out.raw(","); entity(pair.second, &out); out.raw("]")
            out.raw(","); out.key("sentences"); out.int(edge.sentences)
            out.raw(","); out.key("articles"); out.int(edge.articles)
            out.raw(","); out.key("relations"); out.raw("{")
            for (index, (label, count)) in edge.relations.enumerated() {
                if index > 0 { out.raw(",") }
                out.string(label.rawValue); out.raw(":"); out.int(count)
            }
            out.raw("}")
            out.raw(","); out.key("first"); out.string(edge.first?.iso)
            out.raw(","); out.key("last"); out.string(edge.last?.iso)
            out.raw("}\n")
        }
        return out.bytes
    }

    /// Whether `firstLine` starts a partial graph file.
    public static func isPartialGraph(firstLine: [UInt8]) -> Bool {
        guard let value = try? JSONParser.parse(firstLine).value else { return false }
        return value["newsgraph_partial_graph"] != nil
    }

    /// Reads a partial graph from its lines.
    /// - Throws: `Failure` naming the first line that is not valid.
    public static func decode(lines: [[UInt8]]) throws(Failure) -> (graph: CorpusGraph, window: PartialGraphBuilder.Window) {
        guard let first = lines.first, let header = try? JSONParser.parse(first).value,
              header["newsgraph_partial_graph"]?.intValue == version else {
            throw Failure(line: 1, reason: "not a newsgraph partial graph (version \(version))")
        }
        guard let windowName = header["window"]?.stringValue, let window = PartialGraphBuilder.Window(rawValue: windowName) else {
            throw Failure(line: 1, reason: "unknown window")
        }
        var graph = CorpusGraph()
        for (offset, line) in lines.enumerated().dropFirst() where !line.isEmpty {
            let number = offset + 1
            guard let value = try? JSONParser.parse(line).value else { throw Failure(line: number, reason: "invalid JSON") }
            if let node = value["node"] {
                guard let key = entity(node), let firstSeen = value["first_seen"]?.intValue,
                      let mentions = value["mentions"]?.intValue, let articles = value["articles"]?.intValue else {
                    throw Failure(line: number, reason: "node without entity, first_seen, mentions or articles")
                }
                var titles: [String: Int] = [:]
                if case .object(let members)? = value["titles"] {
                    for member in members { titles[member.key] = member.value.intValue ?? 0 }
                }
                graph.nodes[key] = CorpusGraph.Node(firstSeen: Int64(firstSeen), mentions: mentions, articles: articles, titles: titles)
            } else if let ends = value["edge"]?.arrayValue {
                guard ends.count == 2, let a = entity(ends[0]), let b = entity(ends[1]),
                      let sentences = value["sentences"]?.intValue, let articles = value["articles"]?.intValue else {
                    throw Failure(line: number, reason: "edge without two entities, sentences or articles")
                }
                guard countRange.contains(sentences), countRange.contains(articles) else {
                    throw Failure(line: number, reason: "sentences or articles out of range")
                }
                var edge = CorpusGraph.Edge(sentences: sentences, articles: articles)
                if case .object(let members)? = value["relations"] {
                    for member in members {
                        guard let label = RelationLabel(rawValue: member.key) else {
                            throw Failure(line: number, reason: "unknown relation \(member.key)")
                        }
                        guard let count = member.value.intValue, count > 0, countRange.contains(count) else {
                            throw Failure(line: number, reason: "relation \(member.key) without a positive count")
                        }
                        edge[count: label] = count
                    }
                }
                edge.first = value["first"]?.stringValue.flatMap(PartialDate.init(iso:))
                edge.last = value["last"]?.stringValue.flatMap(PartialDate.init(iso:))
                graph.edges[CorpusGraph.Pair(a, b)] = edge
            } else {
                throw Failure(line: number, reason: "neither a node nor an edge")
            }
        }
        return (graph, window)
    }

    /// The counts an edge can hold.
    private static let countRange = 0...Int(UInt32.max)

    private static func entity(_ key: EntityKey, _ out: inout JSONOutput) {
        out.raw("{"); out.key("label"); out.string(key.label.rawValue)
        out.raw(","); out.key("name"); out.string(key.name); out.raw("}")
    }

    private static func entity(_ value: JSONValue) -> EntityKey? {
        guard let labelText = value["label"]?.stringValue, let label = Label(rawValue: labelText),
              let name = value["name"]?.stringValue else { return nil }
        return EntityKey(label: label, name: name)
    }
}
