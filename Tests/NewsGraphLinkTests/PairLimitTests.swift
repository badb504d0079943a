import NewsGraphCore
import NewsGraphLink
import NewsGraphTestSupport
import Testing

/// Run-on text naming thousands of entities in one "sentence" must not give a quadratic number
/// of co-occurrence pairs; ordinary sentences and articles keep every pair.
@Suite struct PairLimitTests {
    /// An article naming `count` distinct persons (one character each, `，` between them) in
    /// `sentences` sentences of equal size.
    private func article(persons count: Int, sentences: Int = 1) -> RecognizedArticle {
        let names = (0..<count).map { String(Unicode.Scalar(0x4E00 + UInt32($0) * 2)!) }
        let perSentence = (count + sentences - 1) / sentences
        let mentions = names.enumerated().map { index, name in
            Mention(range: ScalarRange(index * 2, index * 2 + 1), label: .person, text: name, provenance: "test", sentence: index / perSentence)
        }
        let bounds = (0..<sentences).map { ScalarRange($0 * perSentence * 2, min(count, ($0 + 1) * perSentence) * 2 - 1) }
        let header = ArticleHeader(sequence: 0, id: "t", source: SourceInfo(), title: nil, fallbackYear: nil)
        return RecognizedArticle(
            header: header, text: names.joined(separator: "，"), sentences: bounds, mentions: mentions,
            reporters: [], dateline: nil
        )
    }

    private func coOccurrences(_ article: RecognizedArticle) -> Int {
        Linker(cues: TestResources.relationCues).link(article).relations.filter { $0.label == .coOccurs }.count
    }

    /// Pairs of `count` items when each is paired with the next `limit`.
    private func limitedPairs(_ count: Int, _ limit: Int) -> Int {
        (0..<count).reduce(0) { $0 + min(limit, count - 1 - $1) }
    }

    @Test func aSentenceOf33EntitiesKeepsEveryPair() {
        #expect(coOccurrences(article(persons: 33)) == 33 * 32 / 2)
    }

    @Test func aRunOnSentenceGivesEachEntity32PartnersOnly() {
        #expect(coOccurrences(article(persons: 1000)) == limitedPairs(1000, 32))
        #expect(limitedPairs(1000, 32) < 1000 * 999 / 2 / 10)
        #expect(coOccurrences(article(persons: 1000, sentences: 40)) == 40 * 25 * 24 / 2)
    }

    @Test func theArticleWindowGivesEachEntity128PartnersOnly() {
        let builder = PartialGraphBuilder(window: .article)
        let small = Linker(cues: TestResources.relationCues).link(article(persons: 100, sentences: 10))
        #expect(builder.entities(of: small).graph.edges.count == 100 * 99 / 2)
        let large = Linker(cues: TestResources.relationCues).link(article(persons: 2000, sentences: 100))
        #expect(builder.entities(of: large).graph.edges.count == limitedPairs(2000, 128))
    }
}
