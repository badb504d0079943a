import NewsGraphCore

/// Reads one input file into raw articles, reporting what it could not read.
public struct ArticleReader: Sendable {
    /// Year for dates written without one when neither the record nor the file name has a date.
    public var fallbackYear: Int?
    /// Newspaper name for dump articles (records may carry their own).
    public var newspaper: String?

    public init(fallbackYear: Int?, newspaper: String? = nil) {
        self.fallbackYear = fallbackYear
        self.newspaper = newspaper
    }

    /// The articles of `file`, numbered from `firstSequence`, and the file's size in bytes;
    /// problems go to `log`. Returns nil when the file could not be read at all (an error was logged).
    public func read(_ file: InputFile, firstSequence: Int, log: ProblemLog) -> (articles: [RawArticle], bytes: Int)? {
        let bytes: [UInt8]
        do {
            bytes = try FileReader.read(file.rawPath)
        } catch {
            log.report(Problem(.error, file: file.relativePath, "cannot read: \(error); skipped"))
            return nil
        }
        switch file.format {
        case .dump:
            return (dumpArticles(bytes, file: file, firstSequence: firstSequence, log: log), bytes.count)
        case .jsonLines:
            return (recordArticles(bytes, file: file, firstSequence: firstSequence, log: log), bytes.count)
        }
    }

    /// Articles of a text dump.
    public func dumpArticles(_ bytes: [UInt8], file: InputFile, firstSequence: Int, log: ProblemLog) -> [RawArticle] {
        let decoded: TextDecoding.Decoded
        do {
            decoded = try TextDecoding.decode(bytes)
        } catch {
            log.report(Problem(.error, file: file.relativePath, "not text (\(error)); skipped"))
            return []
        }
        for note in decoded.notes {
            log.report(Problem(.warning, file: file.relativePath, "\(note); articles kept"))
        }
        let (pieces, cuts) = DumpSplitter.bounded(DumpSplitter.split(decoded.text))
        for cut in cuts {
            let limit = DumpSplitter.maximumArticleBytes >> 20
            log.report(Problem(.warning, file: file.relativePath, line: cut.line, "article longer than \(limit) MiB; cut into \(cut.parts) articles"))
        }
        return pieces.enumerated().map { index, piece in
            let source = SourceInfo(newspaper: newspaper, date: file.nameDate, file: file.relativePath, line: piece.line)
            let header = ArticleHeader(
                sequence: firstSequence + index, id: "\(file.relativePath)#\(index + 1)", source: source,
                title: piece.title, fallbackYear: fallbackYear
            )
            return RawArticle(header: header, body: .paragraphs(piece.paragraphs))
        }
    }

    /// Articles of a JSON Lines file: one per valid record line.
    public func recordArticles(_ bytes: [UInt8], file: InputFile, firstSequence: Int, log: ProblemLog) -> [RawArticle] {
        let utf8: [UInt8]
        do {
            let converted = try RecordEncoding.utf8(bytes)
            utf8 = converted.bytes
            for note in converted.notes {
                log.report(Problem(.warning, file: file.relativePath, "\(note); records kept"))
            }
        } catch {
            log.report(Problem(.error, file: file.relativePath, "not text (\(error)); skipped"))
            return []
        }
        var articles: [RawArticle] = []
        LineBreaks.forEachLine(in: utf8) { lineNumber, range in
            let line = Array(utf8[range])
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return }
            switch record(line, file: file.relativePath, line: lineNumber, sequence: firstSequence + articles.count) {
            case .success(let (article, notes)):
                for note in notes {
                    log.report(Problem(.warning, file: file.relativePath, line: lineNumber, note))
                }
                articles.append(article)
            case .failure(let failure):
                log.report(Problem(.error, file: file.relativePath, line: lineNumber, "\(failure.reason); record skipped"))
            }
        }
        return articles
    }

    /// One record line as an article, with the notes to report.
    public func record(
        _ line: [UInt8], file: String, line lineNumber: Int, sequence: Int
    ) -> Result<(RawArticle, [String]), RecordParser.Failure> {
        let record: RecordParser.Record
        do {
            record = try RecordParser.parse(line)
        } catch {
            return .failure(error)
        }
        let source = SourceInfo(
            newspaper: record.newspaper ?? newspaper, date: record.date ?? NameDate.find(inPath: file),
            page: record.page, url: record.url, file: file, line: lineNumber
        )
        let header = ArticleHeader(
            sequence: sequence, id: record.id ?? "\(file):\(lineNumber)", source: source,
            title: record.title, fallbackYear: fallbackYear
        )
        return .success((RawArticle(header: header, body: .verbatim(record.text)), record.notes))
    }
}
