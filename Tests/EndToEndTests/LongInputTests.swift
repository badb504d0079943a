import NewsGraphCore
import NewsGraphExport
import NewsGraphIngest
import NewsGraphPipeline
import NewsGraphTestSupport
import Testing

/// Huge articles are processed in linear time: run-on text with thousands of names in one
/// "sentence", long runs of one character or of blank lines, thousands of layout-broken lines.
/// Each of these took quadratic time before (co-occurrence pairs, name repetition, overlap
/// resolution, person lists, nearest-person search, blank-line runs, layout joins); the time
/// limit is a hang guard, far above what linear code needs even in a debug build.
@Suite(.serialized, .timeLimit(.minutes(2))) struct LongInputTests {
    private static let processor: ArticleProcessor? = try? ArticleProcessor(
        dictionaries: DictionarySet.load(from: TestPaths.dictionaries), window: .sentence
    )

    /// Runs the article stages and the JSON Lines and TEI writers on `raw`; returns the JSON line.
    private func process(_ raw: RawArticle) throws -> (line: [UInt8], output: ArticleProcessor.Output) {
        let processor = try #require(Self.processor)
        let output = processor.process(raw)
        var registry = EntityRegistry()
        let committed = CommittedArticle(linked: output.linked, registry: &registry)
        #expect(!(try TEICorpusWriter.article(committed)).isEmpty)
        return (JSONLinesWriter.line(for: committed), output)
    }

    private func dump(_ text: String) -> RawArticle {
        let file = InputFile(path: "long.txt", relativePath: "long.txt", format: .dump, nameDate: nil)
        let articles = ArticleReader(fallbackYear: 2022).dumpArticles(Array(text.utf8), file: file, firstSequence: 0, log: ProblemCollector().log())
        return articles[0]
    }

    @Test func aRunOnArticleNamingThousandsOfEntities() throws {
        var generator = SyntheticText(seed: 1)
        let text = generator.text(bytes: 256 << 10, punctuated: false)
        let (line, output) = try process(dump("# 长文\n" + text))
        #expect(ArticleInvariants.violations(ofLine: line) == [])
        let mentions = output.linked.recognized.mentions.count
        #expect(mentions > 2000)
        #expect(output.linked.relations.count < mentions * 40)
    }

    @Test func longRunsOfOneCharacterOfBlankLinesAndOfSentenceEnds() throws {
        for filler in ["县", "\n", "\n ", "。", "、", "1", "\u{3000}"] {
            let text = "县委书记解芳指出。" + String(repeating: filler, count: 200_000) + "解芳深入横水镇调研"
            let (line, output) = try process(TestPipeline.raw(text))
            #expect(ArticleInvariants.violations(ofLine: line) == [], "filler \(filler.debugDescription)")
            #expect(output.linked.recognized.mentions.contains { $0.text == "横水镇" }, "filler \(filler.debugDescription)")
        }
    }

    @Test func anArticleOfThousandsOfLayoutBrokenLines() throws {
        var generator = SyntheticText(seed: 2)
        let text = generator.text(bytes: 128 << 10, punctuated: false)
        let scalars = Array(text.unicodeScalars)
        let lines = stride(from: 0, to: scalars.count, by: 7).map { scalars.string(ScalarRange($0, min($0 + 7, scalars.count))) }
        let (line, output) = try process(dump("# 长文\n" + lines.joined(separator: "\n\n")))
        #expect(ArticleInvariants.violations(ofLine: line) == [])
        let repaired = output.linked.recognized.text.unicodeScalars.count
        #expect(repaired >= scalars.count && repaired < scalars.count + lines.count / 10, "most breaks are layout breaks and are joined")
    }
}
