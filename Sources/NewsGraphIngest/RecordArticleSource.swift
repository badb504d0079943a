import NewsGraphCore

/// The records of a JSON Lines file, one line at a time as its chunks arrive.
final class RecordArticleSource: ArticleSource {
    private let file: InputFile
    private let chunks: ChunkedFile
    private let reader: ArticleReader
    private let log: ProblemLog
    /// Converts to UTF-8 when the file is UTF-16 or GB18030; nil for UTF-8.
    private var decoder: IncrementalDecoder?
    private var lines = LineStream()
    private var nextSequence: Int
    private var finished = false

    init(file: InputFile, chunks: ChunkedFile, first: [UInt8], reader: ArticleReader, firstSequence: Int, log: ProblemLog) throws(TextDecoding.NotText) {
        self.file = file
        self.chunks = chunks
        self.reader = reader
        self.log = log
        nextSequence = firstSequence
        let start = try RecordEncoding.start(first, isWholeFile: chunks.atEnd)
        ArticleStream.report(start.notes, kept: "records kept", file: file, log: log)
        decoder = start.decoder
        lines.add(start.utf8[...])
        if chunks.atEnd { finish() }
    }

    var bytesRead: Int { chunks.bytesRead }

    func next() -> RawArticle? {
        while true {
            while let (number, line) = lines.next() {
                if let article = reader.recordArticle(line, number: number, file: file, sequence: nextSequence, log: log) {
                    nextSequence += 1
                    return article
                }
            }
            guard !finished else { return nil }
            let chunk = ArticleStream.nextChunk(chunks, file: file, log: log)
            let final = chunks.atEnd || chunk.isEmpty
            if var active = decoder {
                lines.add(Array(active.decode(chunk[...], final: final).utf8)[...])
                decoder = active
            } else {
                lines.add(chunk[...])
            }
            if final { finish() }
        }
    }

    private func finish() {
        finished = true
        lines.finish()
        if let decoder { ArticleStream.report(decoder.notes, kept: "records kept", file: file, log: log) }
    }
}
