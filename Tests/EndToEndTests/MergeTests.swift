import Foundation
import NewsGraphCore
import NewsGraphTestSupport
import Testing

/// The map/merge contract: `extract --stdin --emit-partial-graph` per part, then `merge` in any
/// order or grouping gives the same bytes, and a merge's output merges again.
@Suite(.serialized) struct MergeTests {
    /// The seed's articles as JSON Lines records, split into `count` parts of the map step.
    private func mapParts(_ folder: String, count: Int) throws -> (articles: [String], graphs: [String]) {
        let seed = try String(contentsOfFile: TestPaths.seeds + "/000_8b7748761db64070.txt", encoding: .utf8)
        let bodies = seed.components(separatedBy: "\n#").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        var records: [String] = []
        for round in 0..<4 {
            for (index, body) in bodies.enumerated() where !body.isEmpty {
                var out = JSONOutput()
                out.raw("{"); out.key("id"); out.string("r\(round)-\(index)")
                out.raw(","); out.key("date"); out.string("2022-12-0\(round + 1)")
                out.raw(","); out.key("text"); out.string(body)
                out.raw("}\n")
                records.append(String(decoding: out.bytes, as: UTF8.self))
            }
        }
        var articles: [String] = []
        var graphs: [String] = []
        for part in 0..<count {
            let input = records.enumerated().filter { $0.offset % count == part }.map(\.element).joined()
            let graph = "\(folder)/part-\(part).graph.jsonl"
            let result = try NewsGraphBinary.run(["extract", "--stdin", "--emit-partial-graph", graph], input: input)
            #expect(result.status == 0, "\(result.stderr)")
            let lines = "\(folder)/part-\(part).jsonl"
            try result.stdout.write(toFile: lines, atomically: true, encoding: .utf8)
            articles.append(lines)
            graphs.append(graph)
        }
        return (articles, graphs)
    }

    private func merge(_ parts: [String], into folder: String) throws -> [[UInt8]] {
        let result = try NewsGraphBinary.run(["merge"] + parts + ["--out", folder, "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        return [readBytes(folder + "/graph.dot"), readBytes(folder + "/graph.partial.jsonl")]
    }

    @Test func anyOrderAndGroupingGivesTheSameBytes() throws {
        let folder = TestPaths.temporaryFolder("newsgraph-merge")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let (articles, graphs) = try mapParts(folder, count: 4)
        let inOrder = try merge(graphs, into: folder + "/a")
        let shuffled = try merge([graphs[2], graphs[0], graphs[3], graphs[1]], into: folder + "/b")
        _ = try merge([graphs[3], graphs[1]], into: folder + "/left")
        _ = try merge([graphs[0], graphs[2]], into: folder + "/right")
        let tree = try merge([folder + "/right/graph.partial.jsonl", folder + "/left/graph.partial.jsonl"], into: folder + "/c")
        let fromArticles = try merge(articles.reversed(), into: folder + "/d")
        let mixed = try merge([articles[0], folder + "/left/graph.partial.jsonl", graphs[2]], into: folder + "/e")
        #expect(inOrder[0].count > 1000)
        for other in [shuffled, tree, fromArticles, mixed] {
            let same = other == inOrder
            #expect(same, "merged outputs differ")
        }
    }

    @Test func mergingARunsArticlesRebuildsItsGraph() throws {
        let folder = TestPaths.temporaryFolder("newsgraph-merge")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let merged = try merge([TestPaths.repository + "/output/articles.jsonl"], into: folder)
        let same = merged[0] == readBytes(TestPaths.repository + "/output/graph.dot")
        #expect(same, "merge of output/articles.jsonl differs from output/graph.dot")
    }

    @Test func partsWithAnotherWindowAreRefused() throws {
        let folder = TestPaths.temporaryFolder("newsgraph-merge")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let (_, graphs) = try mapParts(folder, count: 1)
        let result = try NewsGraphBinary.run(["merge", graphs[0], "--window", "article", "--out", folder + "/x"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("counts sentence windows, not article"))
    }
}
