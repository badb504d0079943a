import Foundation
import NewsGraphCore
import NewsGraphIngest
import Synchronization

/// Reads the input files on a thread of its own and hands their articles over in batches,
/// at most a few batches ahead of the workers, so reading overlaps processing and memory stays
/// bounded by the batch size.
final class ArticleBatches: Sendable {
    /// Articles to process together, with how far the reading had come when it was sealed.
    struct Batch: Sendable {
        var articles: [RawArticle]
        /// Files read completely so far.
        var filesDone: Int
        /// Bytes of input read so far.
        var bytesDone: Int
        /// Time spent reading this batch.
        var readTime: Duration
    }

    private let queue = BoundedQueue<Batch>(capacity: 2)

    /// Starts reading `files` with `reader`; a batch is sealed at `batchSize` articles or
    /// `batchBytes` bytes of text, whichever comes first.
    init(files: [InputFile], reader: ArticleReader, batchSize: Int, batchBytes: Int, log: ProblemLog) {
        let queue = queue
        let thread = Thread {
            let clock = ContinuousClock()
            var articles: [RawArticle] = []
            var sequence = 0
            var bytes = 0
            var readTime = Duration.zero
            for (index, file) in files.enumerated() {
                let started = clock.now
                let read = reader.read(file, firstSequence: sequence, log: log)
                readTime += clock.now - started
                if let (fileArticles, size) = read {
                    bytes += size
                    sequence += fileArticles.count
                    articles.append(contentsOf: fileArticles)
                }
                if articles.count >= batchSize || index == files.count - 1 {
                    queue.put(Batch(articles: articles, filesDone: index + 1, bytesDone: bytes, readTime: readTime))
                    articles.removeAll(keepingCapacity: true)
                    readTime = .zero
                }
            }
            queue.close()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// The next batch, or nil when every file has been read.
    func next() -> Batch? {
        queue.take()
    }
}
