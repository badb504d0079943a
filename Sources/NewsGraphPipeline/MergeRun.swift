#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NewsGraphCore
import NewsGraphExport
import NewsGraphLink

/// `newsgraph merge`: folds partial graphs (`extract --emit-partial-graph`, or an earlier
/// merge's `graph.partial.jsonl`) and article files (`articles.jsonl`, the `--stdin` map
/// output) into one corpus graph, and writes `graph.dot` and `graph.partial.jsonl`.
///
/// The fold is associative and commutative and the files are canonical, so any order or
/// grouping of the same parts gives the same bytes, and a merge's output can be merged again.
public struct MergeRun {
    /// What the merge read.
    public struct Summary: Sendable {
        public var parts: Int
        public var articles: Int
        public var nodes: Int
        public var edges: Int
    }

    public let parts: [String]
    public let outputFolder: String
    /// The window of article files; partial graphs carry their own and must agree.
    public let window: PartialGraphBuilder.Window

    public init(parts: [String], outputFolder: String, window: PartialGraphBuilder.Window) {
        self.parts = parts
        self.outputFolder = outputFolder
        self.window = window
    }

    /// Reads every part and writes the merged graph.
    public func run() throws -> Summary {
        var graph = CorpusGraph()
        var articles = 0
        for part in parts {
            let (partGraph, count) = try read(part)
            graph.merge(partGraph)
            articles += count
        }
        if let problem = FileSystem.createDirectory(outputFolder) {
            throw MergeError("\(outputFolder): cannot create the output folder: \(problem)")
        }
        var registry = EntityRegistry()
        for (key, _) in graph.nodesInOrder { _ = registry.id(for: key) }
        let ids = registry
        let dot = try OutputFile(path: outputFolder + "/graph.dot")
        try DOTWriter.write(graph: graph, ids: { ids.existingID(for: $0) }, window: window.rawValue) { (piece) throws(OutputFile.Failure) in
            try dot.write(piece)
        }
        try PartialGraphFile.write(graph, window: window, to: outputFolder + "/graph.partial.jsonl")
        try dot.commit()
        return Summary(parts: parts.count, articles: articles, nodes: graph.nodes.count, edges: graph.edges.count)
    }

    /// The graph of one part and the number of articles it held.
    private func read(_ path: String) throws -> (CorpusGraph, Int) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw MergeError("\(path): cannot open: \(String(cString: strerror(errno)).lowercased())")
        }
        defer { close(descriptor) }
        var lines = LineReader(descriptor: descriptor)
        guard let first = lines.next() else { return (CorpusGraph(), 0) }
        if PartialGraphCodec.isPartialGraph(firstLine: first) {
            var all = [first]
            while let line = lines.next() { all.append(line) }
            do {
                let (graph, partWindow) = try PartialGraphCodec.decode(lines: all)
                guard partWindow == window else {
                    throw MergeError("\(path): counts \(partWindow.rawValue) windows, not \(window.rawValue) (use --window \(partWindow.rawValue))")
                }
                return (graph, 0)
            } catch let failure as PartialGraphCodec.Failure {
                throw MergeError("\(path):\(failure.line): \(failure.reason)")
            }
        }
        let builder = PartialGraphBuilder(window: window)
        var graph = CorpusGraph()
        var articles = 0
        var number = 0
        var line: [UInt8]? = first
        while let bytes = line {
            number += 1
            defer { line = lines.next() }
            guard !bytes.isEmpty else { continue }
            let value: JSONValue
            do {
                value = try JSONParser.parse(bytes).value
            } catch {
                throw MergeError("\(path):\(number): \(error)")
            }
            if value["error"] != nil { continue }
            do {
                graph.merge(builder.graph(of: try ArticleLineGraph.facts(of: value, line: number)))
            } catch {
                throw MergeError("\(path):\(number): \(error)")
            }
            articles += 1
        }
        return (graph, articles)
    }
}
