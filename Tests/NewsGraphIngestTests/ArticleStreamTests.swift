import Foundation
import NewsGraphCore
import NewsGraphTestSupport
import Testing
@testable import NewsGraphIngest

/// Reading a file in small chunks gives the same articles as reading it at once, in every
/// encoding, with characters, line breaks and `\r\n` cut apart by chunk boundaries.
@Suite struct ArticleStreamTests {
    private let seed: String = {
        (try? String(contentsOfFile: TestPaths.seeds + "/000_8b7748761db64070.txt", encoding: .utf8)) ?? ""
    }()

    private func articles(_ bytes: [UInt8], format: InputFile.Format, chunkSize: Int) -> ([RawArticle], [String]) {
        let file = InputFile(path: "x", relativePath: "x", format: format, nameDate: nil)
        let collector = ProblemCollector()
        let reader = ArticleReader(fallbackYear: 2022)
        guard let source = ArticleStream.open(ChunkedFile(bytes: bytes, chunkSize: chunkSize), as: file, reader: reader, firstSequence: 0, log: collector.log()) else {
            return ([], collector.problems.map(\.description))
        }
        var result: [RawArticle] = []
        while let article = source.next() { result.append(article) }
        return (result, collector.problems.map(\.description))
    }

    private func summary(_ articles: [RawArticle]) -> [String] {
        articles.map { article in
            guard case .paragraphs(let paragraphs) = article.body else { return "" }
            return "\(article.header.id)|\(article.header.title ?? "")|\(article.header.source.line ?? 0)|" + paragraphs.joined(separator: "¶")
        }
    }

    @Test(arguments: ["UTF-8", "UTF-8-BOM", "UTF-16LE", "UTF-16BE", "GB18030"])
    func dumpsReadInChunksEqualDumpsReadWhole(_ encoding: String) {
        let text = Array(repeating: seed.replacingOccurrences(of: "\n", with: "\r\n"), count: 6).joined()
        let bytes: [UInt8]
        switch encoding {
        case "UTF-8": bytes = Array(text.utf8)
        case "UTF-8-BOM": bytes = [0xEF, 0xBB, 0xBF] + Array(text.utf8)
        case "UTF-16LE": bytes = [0xFF, 0xFE] + TestEncoding.encode(text, to: "UTF-16LE")
        case "UTF-16BE": bytes = [0xFE, 0xFF] + TestEncoding.encode(text, to: "UTF-16BE")
        default: bytes = TestEncoding.encode(text, to: "GB18030")
        }
        let (whole, wholeProblems) = articles(bytes, format: .dump, chunkSize: bytes.count + 1)
        #expect(whole.count == 30)
        for chunkSize in [1001, 4096, 65537] {
            let (streamed, problems) = articles(bytes, format: .dump, chunkSize: chunkSize)
            #expect(summary(streamed) == summary(whole), "\(encoding), chunks of \(chunkSize)")
            #expect(problems == wholeProblems)
        }
    }

    @Test func brokenBytesInALargeFileGiveOneNoteWithTheFirstOffset() {
        var bytes = Array(seed.utf8)
        bytes.insert(0xFF, at: 98)
        bytes.insert(0xFE, at: 5002)
        let (whole, wholeProblems) = articles(bytes, format: .dump, chunkSize: bytes.count + 1)
        let (streamed, problems) = articles(bytes, format: .dump, chunkSize: 700)
        #expect(summary(streamed) == summary(whole))
        #expect(wholeProblems == ["x: warning: invalid UTF-8 at byte 98 and 1 more places; replaced with U+FFFD; articles kept"])
        #expect(problems == wholeProblems)
    }

    @Test func recordsReadInChunksEqualRecordsReadWhole() {
        var lines: [String] = []
        for index in 0..<200 {
            var out = JSONOutput()
            out.raw("{"); out.key("id"); out.int(index); out.raw(","); out.key("text"); out.string("县委书记解芳深入横水镇调研。第\(index)条")
            out.raw("}")
            lines.append(String(decoding: out.bytes, as: UTF8.self))
        }
        lines.insert("not json", at: 50)
        let text = lines.joined(separator: "\r\n")
        for bytes in [Array(text.utf8), [0xFF, 0xFE] + TestEncoding.encode(text, to: "UTF-16LE")] {
            let (whole, wholeProblems) = articles(bytes, format: .jsonLines, chunkSize: bytes.count + 1)
            let (streamed, problems) = articles(bytes, format: .jsonLines, chunkSize: 333)
            #expect(whole.count == 200)
            #expect(streamed.map(\.header.id) == whole.map(\.header.id))
            #expect(streamed.map(\.header.source.line) == whole.map(\.header.source.line))
            #expect(problems == wholeProblems)
            #expect(problems.contains("x:51: error: invalid JSON: invalid literal at byte 0; record skipped"))
        }
    }
}
