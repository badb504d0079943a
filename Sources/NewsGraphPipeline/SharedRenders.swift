import NewsGraphCore
import Synchronization

/// The renderings of one batch of committed articles, shared out between the workers of a
/// parallel pass and the run's own thread: whichever thread is free renders the next article
/// no one has taken. The run's thread renders once it has written and numbered what came
/// before, so rendering overlaps the processing of the next batch instead of waiting for a
/// worker (at `--jobs 1` the one worker would otherwise render every article itself).
/// The renderings come back in article order, whoever made them.
final class SharedRenders: @unchecked Sendable {
    private let articles: [CommittedArticle]
    /// The next article to render.
    private let next = Atomic<Int>(0)
    /// One slot per article, each written by the one thread that took the article.
    private let slots: UnsafeMutablePointer<CorpusCommitter.Rendering?>

    init(_ articles: [CommittedArticle]) {
        self.articles = articles
        slots = .allocate(capacity: max(1, articles.count))
        slots.initialize(repeating: nil, count: max(1, articles.count))
    }

    /// Renders the next article no thread has taken; false when every one is taken.
    @discardableResult
    func renderNext() -> Bool {
        let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
        guard index < articles.count else { return false }
        slots[index] = CorpusCommitter.render(articles[index])
        return true
    }

    /// Renders articles until every one is taken.
    func renderRemaining() {
        while renderNext() {}
    }

    /// The renderings, in article order: read once every thread that rendered is done.
    func renderings() -> [CorpusCommitter.Rendering] {
        (0..<articles.count).map { slots[$0]! }
    }

    deinit {
        slots.deinitialize(count: max(1, articles.count))
        slots.deallocate()
    }
}
