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
        /// The article's entities and partial graph, indexed for the commit step.
        public var entities: ArticleEntities
        /// Code points of the article's text.
        public var characters: Int
        /// Time each stage took for this article.
        public var times: StageTimes
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
        let clock = ContinuousClock()
        var times = StageTimes()
        let t0 = clock.now
        let normalized = normalizer.normalize(raw)
        let t1 = clock.now
        let recognized = recognizer.recognize(normalized)
        let t2 = clock.now
        let linked = linker.link(recognized)
        let t3 = clock.now
        let entities = graphBuilder.entities(of: linked)
        let t4 = clock.now
        times.normalize = t1 - t0
        times.recognize = t2 - t1
        times.link = t3 - t2
        times.graph = t4 - t3
        // Code points are the UTF-8 bytes that do not continue a sequence (counted over the
        // contiguous bytes, where the loop vectorises).
        var text = linked.recognized.text
        let characters = text.withUTF8 { bytes in bytes.reduce(0) { $0 &+ ($1 & 0xC0 == 0x80 ? 0 : 1) } }
        return Output(linked: linked, entities: entities, characters: characters, times: times)
    }
}
