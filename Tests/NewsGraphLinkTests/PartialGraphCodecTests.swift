import NewsGraphCore
import NewsGraphLink
import Testing

/// A partial graph file reads back as the graph it was written from, and counts an edge
/// cannot hold are refused with the line that has them.
@Suite struct PartialGraphCodecTests {
    private func lines(_ bytes: [UInt8]) -> [[UInt8]] {
        bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
    }

    @Test func aGraphReadsBackAsWritten() throws {
        var graph = CorpusGraph()
        let person = EntityKey(label: .person, name: "解芳")
        let place = EntityKey(label: .place, name: "横水镇")
        let meeting = EntityKey(label: .meeting, name: "县委常委会")
        graph.nodes[person] = CorpusGraph.Node(firstSeen: 3, mentions: 4, articles: 2, titles: ["县委书记": 2])
        graph.nodes[place] = CorpusGraph.Node(firstSeen: 5, mentions: 1, articles: 1)
        graph.edges[CorpusGraph.Pair(person, place)] = CorpusGraph.Edge(
            sentences: 2, articles: 1, relations: [.visited: 3],
            first: PartialDate(year: 2022, month: 12, day: 1), last: PartialDate(year: 2022, month: 12, day: 5)
        )
        graph.edges[CorpusGraph.Pair(person, meeting)] = CorpusGraph.Edge(sentences: 0, articles: 0, relations: [.chaired: 1, .visited: 2])
        let bytes = PartialGraphCodec.encode(graph, window: .sentence)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains(#""relations":{"VISITED":2,"CHAIRED":1}"#))
        #expect(text.contains(#""first":"2022-12-01","last":"2022-12-05""#))
        let (decoded, window) = try PartialGraphCodec.decode(lines: lines(bytes))
        #expect(window == .sentence)
        #expect(decoded == graph)
    }

    @Test func countsAnEdgeCannotHoldAreRefused() {
        let header = #"{"newsgraph_partial_graph":1,"window":"sentence","nodes":0,"edges":1}"#
        let ends = #"[{"label":"PERSON","name":"甲"},{"label":"PERSON","name":"乙"}]"#
        for counts in [
            #""sentences":-1,"articles":1,"relations":{}"#,
            #""sentences":1,"articles":4294967296,"relations":{}"#,
            #""sentences":1,"articles":1,"relations":{"VISITED":0}"#,
        ] {
            let line = "{\"edge\":\(ends),\(counts)}"
            #expect(throws: PartialGraphCodec.Failure.self) {
                try PartialGraphCodec.decode(lines: [Array(header.utf8), Array(line.utf8)])
            }
        }
    }
}
