import NewsGraphCore

/// The normalisation stage: raw article in, output text plus analysis view out.
///
/// Dump articles get their text rebuilt by `LayoutRepair`; record texts are kept verbatim and
/// only the analysis view skips their layout breaks. Stateless and `Sendable`.
public struct Normalizer: Sendable {
    public init() {}

    /// Normalises one article.
    /// - Complexity: O(n) in the article length.
    public func normalize(_ raw: RawArticle) -> NormalizedArticle {
        let text: String
        switch raw.body {
        case .paragraphs(let paragraphs): text = LayoutRepair.text(fromParagraphs: paragraphs)
        case .verbatim(let verbatim): text = verbatim
        }
        let (analysis, offsets) = AnalysisView.make(from: text)
        let sentences = SentenceSplitter.split(analysis).map { offsets.textRange($0) }
        return NormalizedArticle(header: raw.header, text: text, analysis: analysis, offsets: offsets, sentences: sentences)
    }
}
