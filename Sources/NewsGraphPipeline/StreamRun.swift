import NewsGraphCore
import NewsGraphExport
import NewsGraphIngest
import NewsGraphLink

/// `extract --stdin`: JSON Lines records in, one output line per input line out, in order and
/// flushed as it goes — the map step a distributed engine runs.
///
/// A line that is not a usable record gives an error object instead of an article, so the
/// output stays aligned with the input: `{"id": "7", "line": 7, "error": "…"}` (`id` is null
/// when the line had none). Duplicate ids are renamed `id#2` … with a warning (`ArticleIDs`).
public struct StreamRun {
    public let year: Int?
    public let window: PartialGraphBuilder.Window
    /// Where to write the partial graph of everything read, at the end of input.
    public let partialGraphPath: String?
    public let log: ProblemLog

    public init(year: Int?, window: PartialGraphBuilder.Window = .sentence, partialGraphPath: String? = nil, log: ProblemLog) {
        self.year = year
        self.window = window
        self.partialGraphPath = partialGraphPath
        self.log = log
    }

    /// Reads standard input to its end. Returns the number of lines that were errors (plus one
    /// when the partial graph could not be written).
    public func run(dictionaries: DictionarySet) -> Int {
        let processor = ArticleProcessor(dictionaries: dictionaries, window: window)
        var graph = CorpusGraph()
        let reader = ArticleReader(fallbackYear: year)
        var registry = EntityRegistry()
        var ids = ArticleIDs()
        var input = LineReader(descriptor: 0)
        var lineNumber = 0
        var errors = 0
        while let line = input.next() {
            lineNumber += 1
            let output: [UInt8]
            switch reader.record(line, file: "<stdin>", line: lineNumber, sequence: lineNumber - 1) {
            case .success(let (article, notes)):
                for note in notes { log.report(Problem(.warning, file: "<stdin>", line: lineNumber, note)) }
                let processed = processor.process(article)
                graph.merge(processed.entities.graph)
                let linked = ids.unique(processed.linked, log: log)
                output = JSONLinesWriter.line(for: CommittedArticle(linked: linked, registry: &registry))
            case .failure(let failure):
                errors += 1
                log.report(Problem(.error, file: "<stdin>", line: lineNumber, "\(failure.reason); error line written"))
                output = Self.errorLine(id: failure.id, line: lineNumber, message: failure.reason)
            }
            if let failure = DescriptorWriter.write(output, to: 1) {
                log.report(Problem(.error, file: "<stdout>", "cannot write: \(failure); stopped at input line \(lineNumber)"))
                return errors + 1
            }
        }
        if let failure = input.failure {
            log.report(Problem(.error, file: "<stdin>", "cannot read: \(failure); stopped after line \(lineNumber)"))
            errors += 1
        }
        if let partialGraphPath {
            do {
                try PartialGraphFile.write(graph, window: window, to: partialGraphPath)
            } catch {
                log.report(Problem(.error, file: partialGraphPath, "cannot write the partial graph: \(error.reason)"))
                return errors + 1
            }
        }
        return errors
    }

    /// The error object written in place of an article.
    static func errorLine(id: String?, line: Int, message: String) -> [UInt8] {
        var out = JSONOutput()
        out.raw("{"); out.key("id"); out.string(id)
        out.raw(","); out.key("line"); out.int(line)
        out.raw(","); out.key("error"); out.string(message)
        out.raw("}\n")
        return out.bytes
    }
}
