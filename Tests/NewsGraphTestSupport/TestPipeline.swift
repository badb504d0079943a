import NewsGraphCore
import NewsGraphLink
import NewsGraphNormalize
import NewsGraphRecognize

/// Runs the per-article stages on one text, as a JSON Lines record would be processed.
public enum TestPipeline {
    /// A record-like raw article for `text`.
    public static func raw(_ text: String, id: String = "t1", date: PartialDate? = nil, year: Int? = nil) -> RawArticle {
        RawArticle(
            header: ArticleHeader(sequence: 0, id: id, source: SourceInfo(date: date), title: nil, fallbackYear: year),
            body: .verbatim(text)
        )
    }

    /// Normalises and recognises `text`.
    public static func recognize(_ text: String, date: PartialDate? = nil, year: Int? = nil) -> RecognizedArticle {
        Recognizer(resources: TestResources.recognition).recognize(Normalizer().normalize(raw(text, date: date, year: year)))
    }

    /// Normalises, recognises and links `text`.
    public static func link(_ text: String, date: PartialDate? = nil, year: Int? = nil) -> LinkedArticle {
        Linker(cues: TestResources.relationCues).link(recognize(text, date: date, year: year))
    }

    /// The mentions of `text` written inline, for comparison with a marked case.
    public static func marked(_ text: String, labels: Set<Label> = Set(Label.allCases)) -> String {
        let mentions = recognize(text).mentions.filter { labels.contains($0.label) }
        return InlineSpans.mark(text, mentions.map { ($0.range, $0.label) })
    }
}
