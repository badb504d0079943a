import Foundation
import NewsGraphCore
import NewsGraphIngest

/// Reads the input files on a thread of its own, a chunk at a time (`ArticleStream`), and hands
/// their articles over in batches, at most two batches ahead of the workers: reading overlaps
/// processing, and memory stays bounded by the batch size whatever the size of a file.
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
            var textBytes = 0
            var sequence = 0
            var finishedFileBytes = 0
            var readTime = Duration.zero
            func seal(filesDone: Int, bytesDone: Int) {
                queue.put(Batch(articles: articles, filesDone: filesDone, bytesDone: bytesDone, readTime: readTime))
                articles.removeAll(keepingCapacity: true)
                textBytes = 0
                readTime = .zero
            }
            for (index, file) in files.enumerated() {
                var started = clock.now
                guard let source = ArticleStream.open(file, reader: reader, firstSequence: sequence, log: log) else {
                    readTime += clock.now - started
                    continue
                }
                while let article = source.next() {
                    readTime += clock.now - started
                    sequence += 1
                    textBytes += article.textBytes
                    articles.append(article)
                    if articles.count >= batchSize || textBytes >= batchBytes {
                        seal(filesDone: index, bytesDone: finishedFileBytes + source.bytesRead)
                    }
                    started = clock.now
                }
                readTime += clock.now - started
                finishedFileBytes += source.bytesRead
            }
            seal(filesDone: files.count, bytesDone: finishedFileBytes)
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
