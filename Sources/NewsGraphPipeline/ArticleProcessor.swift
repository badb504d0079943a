import NewsGraphCore
import NewsGraphLink
import NewsGraphNormalize
import NewsGraphRecognize

/// The per-article stages chained: normalise → recognise → link, plus the article's partial
/// graph. One value is shared by every worker.
public struct ArticleProcessor: Sendable {
    /// What one article becomes.
    public struct Output: Sendable {
        public var linked: LinkedArticle
        public var graph: CorpusGraph
    }

    let normalizer = Normalizer()
    let recognizer: Recognizer
    let linker: Linker
    let graphBuilder: PartialGraphBuilder

    public init(dictionaries: DictionarySet, window: PartialGraphBuilder.Window) {
        recognizer = Recognizer(resources: dictionaries.recognition)
        linker = Linker(cues: dictionaries.relationCues)
        graphBuilder = PartialGraphBuilder(window: window)
    }

    /// Runs every per-article stage on `raw`.
    public func process(_ raw: RawArticle) -> Output {
        let linked = linker.link(recognizer.recognize(normalizer.normalize(raw)))
        return Output(linked: linked, graph: graphBuilder.graph(of: linked))
    }
}
