import Foundation
import NewsGraphCore
@testable import NewsGraphExport
import NewsGraphLink
import NewsGraphTestSupport
import Testing

@Suite struct ExportTests {
    private func committed(_ text: String) -> (CommittedArticle, EntityRegistry) {
        var registry = EntityRegistry()
        let article = CommittedArticle(linked: TestPipeline.link(text, year: 2022), registry: &registry)
        return (article, registry)
    }

    @Test func aJSONLineSlicesExactlyAndReferencesItsEntities() throws {
        let (article, _) = committed("12月1日,县委书记王𠮷深入横水镇调研。")
        let bytes = JSONLinesWriter.line(for: article)
        #expect(bytes.last == UInt8(ascii: "\n"))
        #expect(bytes.dropLast().contains(UInt8(ascii: "\n")) == false)
        let json = try JSONParser.parse(Array(bytes)).value
        #expect(json["schema"]?.stringValue == "newsgraph/1")
        #expect(json["offset_unit"]?.stringValue == "codepoint")
        let text = Array(json["text"]!.stringValue!.unicodeScalars)
        let entityIDs = Set((json["entities"]?.arrayValue ?? []).compactMap { $0["id"]?.stringValue })
        for mention in json["mentions"]?.arrayValue ?? [] {
            let range = ScalarRange(mention["start"]!.intValue!, mention["end"]!.intValue!)
            #expect(text.string(range) == mention["text"]?.stringValue)
            if let kb = mention["kb_id"]?.stringValue { #expect(entityIDs.contains(kb)) }
        }
        let person = json["mentions"]?.arrayValue?.first { $0["label"]?.stringValue == "PERSON" }
        #expect(person?["start"]?.intValue == 10)
        #expect(person?["kb_id"]?.stringValue == "per_0001")
        let date = json["mentions"]?.arrayValue?.first { $0["label"]?.stringValue == "DATE" }
        #expect(date?["norm"]?.stringValue == "--12-01")
        #expect(date?["resolved"]?.stringValue == "2022-12-01")
    }

    @Test func dotQuotesHostileNamesAndSortsItsLines() {
        var graph = CorpusGraph()
        let a = EntityKey(label: .person, name: "王\"𠮷\\")
        let b = EntityKey(label: .place, name: "横水镇\n")
        graph.nodes[a] = CorpusGraph.Node(firstSeen: 0, mentions: 2, articles: 1, titles: ["县长": 1])
        graph.nodes[b] = CorpusGraph.Node(firstSeen: 1, mentions: 1, articles: 1)
        graph.edges[CorpusGraph.Pair(a, b)] = CorpusGraph.Edge(sentences: 3, articles: 1, relations: [.visited: 1])
        let ids: [EntityKey: String] = [a: "per_0001", b: "plc_0001"]
        let dot = String(decoding: DOTWriter.document(graph: graph, ids: { ids[$0] }, window: "sentence"), as: UTF8.self)
        #expect(dot.contains(#""per_0001" [label="王\"𠮷\\\n县长""#))
        #expect(dot.contains(#""plc_0001" [label="横水镇\n""#))
        #expect(dot.contains(#""per_0001" -- "plc_0001" [weight=3, sentences=3, articles=1, label="VISITED""#))
    }

    @Test func teiOfAnArticleIsValidAgainstTEIAll() throws {
        guard let validator = RelaxNGValidator.tei else {
            print(TestPaths.sharedMissing)
            return
        }
        let (article, registry) = committed("12月1日,县委书记解芳深入横水镇调研。<b>&amp;]]>\u{1}\u{200F}")
        let writer = try TEICorpusWriter(corpusTitle: "测试", software: "newsgraph test")
        let entries = registry.keys.map { TEICorpusWriter.RegistryEntry(id: registry.existingID(for: $0)!, key: $0) }
        let bytes = writer.header + TEICorpusWriter.article(article) + (try writer.finish(registry: entries))
        #expect(validator.errors(in: bytes) == [])
        let xml = String(decoding: bytes, as: UTF8.self)
        #expect(xml.contains(##"<persName ref="#per_0001">解芳</persName>"##))
        #expect(xml.contains(#"<date when="2022-12-01">12月1日</date>"#))
        #expect(xml.contains("&lt;b") && xml.contains("&amp;amp;]]&gt;"))
    }

    @Test func anUncommittedOutputNeverAppearsUnderItsFinalName() throws {
        let folder = TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/articles.jsonl"
        try Data("old complete output\n".utf8).write(to: URL(fileURLWithPath: path))
        do {
            let file = try OutputFile(path: path)
            try file.write(Array("new partial".utf8))
            file.discard()
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old complete output\n")
        let file = try OutputFile(path: path)
        try file.write(Array("new complete\n".utf8))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old complete output\n")
        try file.commit()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new complete\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["articles.jsonl"])
    }

    /// Paragraphs and relation lists are built as bytes and handed to libxml2 raw: their text and
    /// attribute values must be escaped exactly as the writer escapes what it is given.
    @Test func markupBuiltAsBytesIsEscapedAsLibxml2EscapesIt() throws {
        let samples = [
            "plain 中文", "a&b<c>d\"e'f", "]]>", "&amp;", "tab\there\nline\r\nCR", "\u{0}\u{1}\u{1F}\u{7F}",
            "\u{FFFE}\u{FFFF}\u{FFFD}", "\u{200F}\u{202E}\u{2028}\u{2029}\u{FEFF}", "𠮷👍🏽é", "#per_0001 #plc_0002",
        ]
        for sample in samples {
            let writer = try #require(XMLTextWriter())
            writer.start("e", ["a": sample])
            writer.text(sample)
            writer.end()
            var built = ByteBuffer()
            built.append("<e a=\"")
            built.appendXMLAttributeValue(sample)
            built.append("\">")
            var text = sample
            text.withUTF8 { built.appendXMLText($0) }
            built.append("</e>\n")
            #expect(String(decoding: built.bytes, as: UTF8.self) == String(decoding: writer.take(), as: UTF8.self), "\(sample.debugDescription)")
        }
    }
}
