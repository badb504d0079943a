import Foundation
import NewsGraphCore
import NewsGraphExport
import NewsGraphIngest
import NewsGraphPipeline
import NewsGraphTestSupport
import Testing

/// Fuzzes ingest and recognition in process with seeded random inputs (`FuzzInput`): dumps of
/// random bytes, JSON Lines files of mangled records, raw texts. Nothing may crash or hang, and
/// every article keeps the output invariants (`ArticleInvariants`): mention texts equal the
/// code point slices, mentions sorted and disjoint, sentences in bounds, the JSON line parses
/// back. Every problem is one line. A sample of the articles goes into one TEI document and one
/// graph, validated at the end like the seed outputs.
///
/// `NEWSGRAPH_FUZZ_INPUTS` (default 100 000) and `NEWSGRAPH_FUZZ_SEED` (default 1) run it longer
/// or differently; a failure names the seed and input number that reproduce it. Inputs are
/// generated in order and processed on two threads, so the run is the same for any scheduling.
/// The default run takes about 6 minutes of a debug build on two idle cores; the time limit,
/// a guard against hangs, leaves room for a loaded machine.
@Suite(.timeLimit(.minutes(20))) struct IngestRecognitionFuzzTests {
    static let environment = ProcessInfo.processInfo.environment
    static let inputs = environment["NEWSGRAPH_FUZZ_INPUTS"].flatMap { Int($0) } ?? 100_000
    static let seed = environment["NEWSGRAPH_FUZZ_SEED"].flatMap { UInt64($0) } ?? 1
    /// Every this many inputs, the first article goes into the TEI sample.
    static let sampleEvery = 250
    /// Every this many inputs, the first article's graph goes into the DOT sample: Graphviz's
    /// layout grows faster than linearly, and forty articles' worth of hostile names is enough.
    static let graphSampleEvery = 2500

    /// One generated input.
    enum Input: Sendable {
        case dump([UInt8])
        case records([UInt8])
        case text([UInt8])

        var bytes: [UInt8] {
            switch self {
            case .dump(let bytes), .records(let bytes), .text(let bytes): bytes
            }
        }
    }

    /// Records problems that are not one line.
    final class LineChecker: @unchecked Sendable {
        private let lock = NSLock()
        private var found: [String] = []
        var multiLine: [String] { lock.withLock { found } }

        func check(_ problem: Problem) {
            let text = problem.description
            guard text.unicodeScalars.contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\u{2028}" || $0 == "\u{2029}" }) else { return }
            lock.withLock { if found.count < 10 { found.append(text) } }
        }
    }

    /// What one input became.
    struct Outcome: Sendable {
        var articles: [ArticleProcessor.Output] = []
        var failures: [String] = []
    }

    @Test func ingestAndRecognitionKeepTheirInvariants() throws {
        let dictionaries = try DictionarySet.load(from: TestPaths.dictionaries)
        let processor = ArticleProcessor(dictionaries: dictionaries, window: .sentence)
        let checker = LineChecker()
        let log = ProblemLog { checker.check($0) }
        let reader = ArticleReader(fallbackYear: 2022, newspaper: "<报>&")
        var fuzz = FuzzInput(seed: Self.seed)
        var random = SeededRandom(seed: Self.seed &+ 1)
        let runner = OrderedBatchRunner(jobs: 2)
        var sampleRegistry = EntityRegistry()
        var graph = CorpusGraph()
        let tei = try TEICorpusWriter(corpusTitle: "fuzz", software: "newsgraph fuzz")
        var teiBytes = tei.header
        var failures: [String] = []
        var articles = 0
        var first = 0
        while first < Self.inputs, failures.count < 10 {
            let count = min(1000, Self.inputs - first)
            let batch: [(Int, Input)] = (first..<first + count).map { number in
                switch number % 3 {
                case 0: return (number, .dump(fuzz.bytes()))
                case 1:
                    let newline = Array(random.pick(["\n", "\r\n", "\r"]).utf8)
                    let lines = (0..<Int.random(in: 1...3, using: &random)).map { _ in fuzz.recordLine() }
                    return (number, .records(Array(lines.joined(separator: newline))))
                default: return (number, .text(fuzz.bytes()))
                }
            }
            let outcomes = runner.map(batch) { number, input in
                Self.run(input, number: number, processor: processor, reader: reader, log: log)
            }
            for (index, outcome) in outcomes.enumerated() {
                failures += outcome.failures
                articles += outcome.articles.count
                if (first + index) % Self.sampleEvery == 0, var output = outcome.articles.first {
                    output.linked.recognized.header.sequence = first + index
                    teiBytes += TEICorpusWriter.article(CommittedArticle(linked: output.linked, registry: &sampleRegistry))
                    if (first + index) % Self.graphSampleEvery == 0 { graph.merge(output.entities.graph) }
                }
            }
            first += count
        }
        #expect(failures == [])
        #expect(checker.multiLine == [], "every problem is one line")
        #expect(articles > Self.inputs / 2)
        print("fuzz: \(Self.inputs) inputs (seed \(Self.seed)), \(articles) articles")

        let entries = sampleRegistry.keys.compactMap { key in sampleRegistry.existingID(for: key).map { TEICorpusWriter.RegistryEntry(id: $0, key: key) } }
        teiBytes += try tei.finish(registry: entries)
        if let validator = RelaxNGValidator.tei {
            #expect(validator.errors(in: teiBytes).prefix(5) == [])
        } else {
            print(TestPaths.sharedMissing)
        }
        if let dot = CommandRunner.which("dot") {
            let folder = TestPaths.temporaryFolder("newsgraph-fuzz")
            defer { try? FileManager.default.removeItem(atPath: folder) }
            let ids = sampleRegistry
            try Data(DOTWriter.document(graph: graph, ids: { ids.existingID(for: $0) }, window: "sentence"))
                .write(to: URL(fileURLWithPath: folder + "/graph.dot"))
            let rendered = try CommandRunner.run(dot, ["-Tsvg", "-o", "/dev/null", folder + "/graph.dot"])
            #expect(rendered.status == 0)
            #expect(rendered.stderr == "")
        }
    }

    /// The headlines and paragraphs of `pieces` without `#` marks and white space: the same for
    /// a dump split whole and split into parts (a heading line too long to be one is text; the
    /// parts of one article repeat its headline and line, which count once).
    static func visibleText(_ pieces: [DumpSplitter.Piece]) -> String {
        let text = pieces.indices.flatMap { index in
            let piece = pieces[index]
            let isPart = index > 0 && pieces[index - 1].line == piece.line
            return [isPart ? "" : piece.title ?? ""] + piece.paragraphs
        }.joined()
        return String(String.UnicodeScalarView(text.unicodeScalars.filter { $0 != "#" && !$0.properties.isWhitespace }))
    }

    /// Ingests, recognises, links and writes one input; checks the invariants of every article.
    static func run(_ input: Input, number: Int, processor: ArticleProcessor, reader: ArticleReader, log: ProblemLog) -> Outcome {
        var outcome = Outcome()
        let raws: [RawArticle]
        switch input {
        case .dump(let bytes):
            let file = InputFile(path: "f.txt", relativePath: "fuzz/\(number).txt", format: .dump, nameDate: nil)
            raws = reader.dumpArticles(bytes, file: file, firstSequence: 0, log: log)
            if let decoded = try? TextDecoding.decode(bytes) {
                let pieces = DumpSplitter.split(decoded.text)
                var stream = DumpSplitter.Stream(maximumBytes: 64)
                stream.add(decoded.text)
                stream.finish()
                var parts: [DumpSplitter.Piece] = []
                while let part = stream.next() { parts.append(part) }
                if visibleText(parts) != visibleText(pieces) {
                    outcome.failures.append("input \(number) (seed \(seed)): cutting long articles lost text")
                }
            }
        case .records(let bytes):
            let file = InputFile(path: "f.jsonl", relativePath: "fuzz/\(number).jsonl", format: .jsonLines, nameDate: nil)
            raws = reader.recordArticles(bytes, file: file, firstSequence: 0, log: log)
        case .text(let bytes):
            raws = [TestPipeline.raw(String(decoding: bytes, as: UTF8.self), id: "fuzz-\(number)")]
        }
        for raw in raws {
            let output = processor.process(raw)
            var registry = EntityRegistry()
            let line = JSONLinesWriter.line(for: CommittedArticle(linked: output.linked, registry: &registry))
            let problems = ArticleInvariants.violations(ofLine: line)
            if !problems.isEmpty {
                outcome.failures.append("input \(number) (seed \(seed)): \(problems.prefix(3)) in \(String(decoding: input.bytes, as: UTF8.self).debugDescription)")
            }
            outcome.articles.append(output)
        }
        return outcome
    }
}
