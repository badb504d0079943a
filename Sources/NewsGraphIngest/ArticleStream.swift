import NewsGraphCore

/// Where the articles of one input file come from, one at a time.
public protocol ArticleSource: AnyObject {
    /// The next article of the file, or nil at its end.
    func next() -> RawArticle?
    /// Bytes of the file read so far.
    var bytesRead: Int { get }
}

/// Opens input files as article sources that read a chunk at a time, so a file of any size
/// (a 1 GB dump, JSON Lines with 10 MB records) needs memory for one chunk and one article.
///
/// The encoding is chosen from the first chunk (`TextDecoding`); a file that fits in one chunk
/// is decoded exactly as `TextDecoding.decode` does. Problems go to the log as they are found.
public enum ArticleStream {
    /// The articles of `file`, numbered from `firstSequence`; nil (with an error logged) when
    /// the file cannot be opened or is not text.
    public static func open(_ file: InputFile, reader: ArticleReader, firstSequence: Int, log: ProblemLog) -> (any ArticleSource)? {
        do {
            return try open(ChunkedFile(file.rawPath), as: file, reader: reader, firstSequence: firstSequence, log: log)
        } catch {
            log.report(Problem(.error, file: file.relativePath, "cannot read: \(error); skipped"))
            return nil
        }
    }

    /// The articles of `chunks`, read as `file`.
    static func open(
        _ chunks: ChunkedFile, as file: InputFile, reader: ArticleReader, firstSequence: Int, log: ProblemLog
    ) -> (any ArticleSource)? {
        do {
            let first = try chunks.next()
            switch file.format {
            case .dump:
                return try DumpArticleSource(file: file, chunks: chunks, first: first, reader: reader, firstSequence: firstSequence, log: log)
            case .jsonLines:
                return try RecordArticleSource(file: file, chunks: chunks, first: first, reader: reader, firstSequence: firstSequence, log: log)
            }
        } catch let failure as FileReader.Failure {
            log.report(Problem(.error, file: file.relativePath, "cannot read: \(failure); skipped"))
        } catch let notText as TextDecoding.NotText {
            log.report(Problem(.error, file: file.relativePath, "not text (\(notText)); skipped"))
        } catch {
            log.report(Problem(.error, file: file.relativePath, "cannot read: \(error); skipped"))
        }
        return nil
    }

    /// Reads the next chunk of `chunks`; a read error is reported and ends the file.
    static func nextChunk(_ chunks: ChunkedFile, file: InputFile, log: ProblemLog) -> [UInt8] {
        do {
            return try chunks.next()
        } catch {
            log.report(Problem(.error, file: file.relativePath, "cannot read past byte \(chunks.bytesRead): \(error); the rest skipped"))
            return []
        }
    }

    /// Reports `notes` about `file`, each with what was done.
    static func report(_ notes: [String], kept: String, file: InputFile, log: ProblemLog) {
        for note in notes {
            log.report(Problem(.warning, file: file.relativePath, "\(note); \(kept)"))
        }
    }
}
