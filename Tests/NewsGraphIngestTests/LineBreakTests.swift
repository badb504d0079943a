import NewsGraphCore
import NewsGraphIngest
import NewsGraphTestSupport
import Testing

/// `\r\n` (Windows) and a lone `\r` (old Mac) end lines like `\n`, in dumps and in records.
@Suite struct LineBreakTests {
    @Test func dumpsSplitAtEveryKindOfLineEnd() {
        for newline in ["\n", "\r\n", "\r"] {
            let text = ["# 第一篇", "正文一。", "", "# 第二篇", "正文二。"].joined(separator: newline)
            let pieces = DumpSplitter.split(text)
            #expect(pieces.map(\.title) == ["第一篇", "第二篇"], "\(newline.debugDescription)")
            #expect(pieces.map(\.line) == [1, 4], "\(newline.debugDescription)")
        }
    }

    @Test func recordsSplitAtEveryKindOfLineEndWithEditorLineNumbers() {
        let file = InputFile(path: "r.jsonl", relativePath: "r.jsonl", format: .jsonLines, nameDate: nil)
        for newline in ["\n", "\r\n", "\r"] {
            let text = [#"{"id": "a", "text": "正文一。"}"#, "", #"{"id": "b"}"#, #"{"id": "c", "text": "正文三。"}"#].joined(separator: newline)
            let collector = ProblemCollector()
            let articles = ArticleReader(fallbackYear: nil).recordArticles(Array(text.utf8), file: file, firstSequence: 0, log: collector.log())
            #expect(articles.map(\.header.id) == ["a", "c"], "\(newline.debugDescription)")
            #expect(articles.map(\.header.source.line) == [1, 4])
            #expect(collector.problems.map(\.description) == [#"r.jsonl:3: error: record has no "text"; record skipped"#])
        }
    }

    @Test func recordsInUTF16OrWithAByteOrderMarkAreRead() {
        let file = InputFile(path: "r.jsonl", relativePath: "r.jsonl", format: .jsonLines, nameDate: nil)
        let text = #"{"id": "a", "text": "县委书记解芳深入横水镇调研。"}"# + "\r\n" + #"{"id": "b", "text": "正文。"}"# + "\r\n"
        let inputs: [([UInt8], [String])] = [
            ([0xEF, 0xBB, 0xBF] + Array(text.utf8), []),
            ([0xFF, 0xFE] + TestEncoding.encode(text, to: "UTF-16LE"), ["r.jsonl: warning: JSON Lines in UTF-16LE, not UTF-8; converted; records kept"]),
            (TestEncoding.encode(text, to: "GB18030"), ["r.jsonl: warning: JSON Lines in GB18030, not UTF-8; converted; records kept"]),
        ]
        for (bytes, problems) in inputs {
            let collector = ProblemCollector()
            let articles = ArticleReader(fallbackYear: nil).recordArticles(bytes, file: file, firstSequence: 0, log: collector.log())
            #expect(articles.map(\.header.id) == ["a", "b"])
            #expect(collector.problems.map(\.description) == problems)
        }
    }
}
