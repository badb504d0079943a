import NewsGraphCore
import NewsGraphTestSupport
import Testing

/// Offsets are Unicode code points: `王𠮷` (an Extension B character, two UTF-16 units) must not
/// shift the spans after it.
@Suite struct OffsetTests {
    @Test func extensionBNameKeepsCodePointOffsets() {
        let text = "县委书记王𠮷深入横水镇调研。"
        let article = TestPipeline.recognize(text)
        let scalars = Array(text.unicodeScalars)
        let person = article.mentions.first { $0.label == .person }
        #expect(person?.text == "王𠮷")
        #expect(person?.range == ScalarRange(4, 6))
        let place = article.mentions.first { $0.label == .place }
        #expect(place?.range == ScalarRange(8, 11))
        for mention in article.mentions {
            #expect(scalars.string(mention.range) == mention.text)
        }
    }

    @Test func layoutBreaksInARecordMapBackToTheTextUnchanged() {
        let text = "县委书记解芳深入横\n\n水镇调研。"
        let article = TestPipeline.recognize(text)
        let place = article.mentions.first { $0.label == .place }
        #expect(place?.text == "横\n\n水镇")
        #expect(article.text == text)
    }
}
