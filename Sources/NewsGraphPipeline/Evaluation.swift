import NewsGraphCore
import NewsGraphIngest

/// `newsgraph eval`: scores the pipeline (or an `articles.jsonl`) against gold annotations.
///
/// Two gold formats: span JSON Lines as under `../shared/corpora/` (exact (start, end, type)
/// matches per record, duplicates counted once, only the types the gold file uses), and a seed
/// gold `.gold.json` (sets of (type, text) per article, matched by headline; see
/// `SeedGoldScorer`).
public struct Evaluation {
    let dictionaries: DictionarySet
    let jobs: Int
    let year: Int?
    /// Score enterprises as organisations.
    let coarse: Bool

    public init(dictionaries: DictionarySet, jobs: Int, year: Int?, coarse: Bool) {
        self.dictionaries = dictionaries
        self.jobs = jobs
        self.year = year
        self.coarse = coarse
    }

    /// Scores the gold file at `goldPath` against `predictionsPath` or a fresh run.
    public func evaluate(goldPath: String, predictionsPath: String?) throws -> EvaluationReport {
        let bytes = try FileReader.read(goldPath)
        let firstByte = bytes.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }
        let isSeedGold: Bool
        if firstByte == UInt8(ascii: "{"), let whole = try? JSONParser.parse(bytes).value, whole["articles"] != nil {
            isSeedGold = true
        } else {
            isSeedGold = false
        }
        if isSeedGold {
            let gold = try JSONParser.parse(bytes).value
            let predictions = try predictionsPath.map { try PredictedArticle.read(jsonLines: $0) }
                ?? runOnSeedSource(gold: gold, goldPath: goldPath)
            return try SeedGoldScorer(coarse: coarse).score(gold: gold, predictions: predictions)
        }
        let records = try SpanGold.read(bytes, path: goldPath)
        let predictions = try predictionsPath.map { try PredictedArticle.read(jsonLines: $0) } ?? run(on: records)
        return SpanScorer(coarse: coarse).score(gold: records, predictions: predictions)
    }

    /// Runs the per-article stages on raw articles in parallel, in order.
    func process(_ articles: [RawArticle]) -> [PredictedArticle] {
        let processor = ArticleProcessor(dictionaries: dictionaries, window: .sentence)
        return OrderedBatchRunner(jobs: jobs).map(articles) { PredictedArticle(processor.process($0).linked) }
    }

    private func run(on records: [SpanGold.Record]) -> [PredictedArticle] {
        let articles = records.enumerated().map { index, record in
            RawArticle(
                header: ArticleHeader(sequence: index, id: record.id, source: SourceInfo(), title: nil, fallbackYear: year),
                body: .verbatim(record.text)
            )
        }
        return process(articles)
    }

    /// Finds the dump a seed gold describes (`source`, next to the gold file or one folder up,
    /// or under `seeds/`) and runs the pipeline on it with the gold's year.
    private func runOnSeedSource(gold: JSONValue, goldPath: String) throws -> [PredictedArticle] {
        guard let source = gold["source"]?.stringValue else {
            throw EvaluationError("\(goldPath): seed gold without \"source\"; give --pred")
        }
        let folder = goldPath.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        let base = folder.isEmpty ? "." : folder
        let candidates = ["\(base)/\(source)", "\(base)/../\(source)", "seeds/\(source)"]
        guard let path = candidates.first(where: FileSystem.exists) else {
            throw EvaluationError("cannot find \(source) (looked at \(candidates.joined(separator: ", "))); give --pred")
        }
        let file = InputFile(path: path, relativePath: source, format: .dump, nameDate: NameDate.find(inPath: source))
        let reader = ArticleReader(fallbackYear: year ?? gold["year"]?.intValue)
        let log = ProblemLog { _ in }
        guard let (articles, _) = reader.read(file, firstSequence: 0, log: log) else {
            throw EvaluationError("cannot read \(path)")
        }
        return process(articles)
    }
}
