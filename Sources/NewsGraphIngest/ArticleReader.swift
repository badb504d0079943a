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
    /// problems go to `log`. Returns nil when the file could not be read at all (an error was
    /// logged). For files too large to hold, use `ArticleStream`, which this reads through.
    public func read(_ file: InputFile, firstSequence: Int, log: ProblemLog) -> (articles: [RawArticle], bytes: Int)? {
        guard let source = ArticleStream.open(file, reader: self, firstSequence: firstSequence, log: log) else { return nil }
        return (collect(source), source.bytesRead)
    }

    /// Articles of a text dump given as bytes.
    public func dumpArticles(_ bytes: [UInt8], file: InputFile, firstSequence: Int, log: ProblemLog) -> [RawArticle] {
        ArticleStream.open(ChunkedFile(bytes: bytes), as: file, reader: self, firstSequence: firstSequence, log: log).map(collect) ?? []
    }

    /// Articles of a JSON Lines file given as bytes: one per valid record line.
    public func recordArticles(_ bytes: [UInt8], file: InputFile, firstSequence: Int, log: ProblemLog) -> [RawArticle] {
        ArticleStream.open(ChunkedFile(bytes: bytes), as: file, reader: self, firstSequence: firstSequence, log: log).map(collect) ?? []
    }

    private func collect(_ source: any ArticleSource) -> [RawArticle] {
        var articles: [RawArticle] = []
        while let article = source.next() { articles.append(article) }
        return articles
    }

    /// The article of a dump piece: the `number`-th of `file`.
    func article(_ piece: DumpSplitter.Piece, number: Int, file: InputFile, sequence: Int) -> RawArticle {
        let source = SourceInfo(newspaper: newspaper, date: file.nameDate, file: file.relativePath, line: piece.line)
        let header = ArticleHeader(
            sequence: sequence, id: "\(file.relativePath)#\(number)", source: source,
            title: piece.title, fallbackYear: fallbackYear
        )
        return RawArticle(header: header, body: .paragraphs(piece.paragraphs))
    }

    /// The article of record line `number` of `file`, or nil for a blank line or a record that
    /// is not usable (reported).
    func recordArticle(_ line: [UInt8], number: Int, file: InputFile, sequence: Int, log: ProblemLog) -> RawArticle? {
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return nil }
        switch record(line, file: file.relativePath, line: number, sequence: sequence) {
        case .success(let (article, notes)):
            for note in notes {
                log.report(Problem(.warning, file: file.relativePath, line: number, note))
            }
            return article
        case .failure(let failure):
            log.report(Problem(.error, file: file.relativePath, line: number, "\(failure.reason); record skipped"))
            return nil
        }
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
