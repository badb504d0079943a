import NewsGraphCore
import NewsGraphNormalize
import Testing

@Suite struct NormalizerTests {
    private func header() -> ArticleHeader {
        ArticleHeader(sequence: 0, id: "x", source: SourceInfo(), title: nil, fallbackYear: nil)
    }

    @Test func recordTextStaysVerbatimWhileTheAnalysisSkipsLayoutBreaks() {
        let text = "县委书记解芳深入横\n\n水镇调研。\n第二段。"
        let article = Normalizer().normalize(RawArticle(header: header(), body: .verbatim(text)))
        #expect(article.text == text)
        #expect(article.analysis.string(ScalarRange(0, article.analysis.count)) == "县委书记解芳深入横水镇调研。\n第二段。")
        #expect(article.offsets.textRange(ScalarRange(8, 11)) == ScalarRange(8, 13))
        #expect(article.sentences == [ScalarRange(0, 16), ScalarRange(17, 21)])
    }

    @Test func theAnalysisKeepsTheBreakBetweenLinesOfALabelledList() {
        let text = "优秀共产党员(10名):王平安、姚江\n优秀党务工作者(5名):张秀梅"
        let article = Normalizer().normalize(RawArticle(header: header(), body: .verbatim(text)))
        #expect(article.analysis.string(ScalarRange(0, article.analysis.count)) == text)
    }

    @Test func fullWidthFormsAreFoldedInTheAnalysisOnly() {
        let text = "１２月１日，会议"
        let article = Normalizer().normalize(RawArticle(header: header(), body: .verbatim(text)))
        #expect(article.analysis.string(ScalarRange(0, 6)) == "12月1日,")
        #expect(article.text == text)
    }

    @Test func sentencesEndAtTerminalsWithTheirClosingQuotes() {
        let scalars = Array("他说:“好。”然后走了!  \n新段".unicodeScalars)
        let sentences = SentenceSplitter.split(scalars)
        #expect(sentences.map { scalars.string($0) } == ["他说:“好。”", "然后走了!", "新段"])
    }
}
