import NewsGraphCore

/// The articles of a text dump, decoded and split as its chunks arrive.
final class DumpArticleSource: ArticleSource {
    private let file: InputFile
    private let chunks: ChunkedFile
    private let reader: ArticleReader
    private let log: ProblemLog
    /// Nil when the whole file came in the first chunk and is decoded already.
    private var decoder: IncrementalDecoder?
    private var splitter = DumpSplitter.Stream()
    private var nextSequence: Int
    private var articleNumber = 0
    private var reportedLengthNotes = 0
    private var finished = false

    init(file: InputFile, chunks: ChunkedFile, first: [UInt8], reader: ArticleReader, firstSequence: Int, log: ProblemLog) throws(TextDecoding.NotText) {
        self.file = file
        self.chunks = chunks
        self.reader = reader
        self.log = log
        nextSequence = firstSequence
        if chunks.atEnd {
            let decoded = try TextDecoding.decode(first)
            ArticleStream.report(decoded.notes, kept: "articles kept", file: file, log: log)
            splitter.add(decoded.text)
            finish()
            return
        }
        // A large file: the first chunk decides the encoding; repairs are counted while
        // streaming, so only the notes about the guess itself are reported now.
        let probe = try TextDecoding.decode(first)
        ArticleStream.report(TextDecoding.guessNotes(probe), kept: "articles kept", file: file, log: log)
        let mark = TextDecoding.byteOrderMarkLength(first, encoding: probe.encoding)
        var decoder = IncrementalDecoder(encoding: probe.encoding, offset: mark)
        splitter.add(decoder.decode(first[mark...], final: false))
        self.decoder = decoder
    }

    var bytesRead: Int { chunks.bytesRead }

    func next() -> RawArticle? {
        while true {
            if let piece = splitter.next() {
                reportLengthNotes()
                articleNumber += 1
                nextSequence += 1
                return reader.article(piece, number: articleNumber, file: file, sequence: nextSequence - 1)
            }
            reportLengthNotes()
            guard !finished, var active = decoder else { return nil }
            let chunk = ArticleStream.nextChunk(chunks, file: file, log: log)
            let final = chunks.atEnd || chunk.isEmpty
            splitter.add(active.decode(chunk[...], final: final))
            decoder = active
            if final { finish() }
        }
    }

    private func finish() {
        finished = true
        splitter.finish()
        if let decoder { ArticleStream.report(decoder.notes, kept: "articles kept", file: file, log: log) }
    }

    private func reportLengthNotes() {
        let notes = splitter.lengthNotes
        guard notes.count > reportedLengthNotes else { return }
        let limit = DumpSplitter.maximumArticleBytes >> 20
        for note in notes[reportedLengthNotes...] {
            log.report(Problem(.warning, file: file.relativePath, line: note.line, "article longer than \(limit) MiB; cut into \(note.parts) articles"))
        }
        reportedLengthNotes = notes.count
    }
}
