import Foundation
import NewsGraphCore
import NewsGraphTestSupport
import Testing

/// The three outputs for the seeds: valid JSON Lines against the shared schema, TEI against
/// tei_all.rng, DOT that Graphviz renders silently; identical bytes for any --jobs; and
/// `output/` exactly as the README command makes it.
@Suite(.serialized) struct OutputValidityTests {
    @Test func committedOutputMatchesWhatTheCodeProduces() throws {
        let out = try NewsGraphBinary.extractSeeds()
        defer { try? FileManager.default.removeItem(atPath: out) }
        for name in ["articles.jsonl", "graph.dot", "corpus.tei.xml"] {
            let same = readBytes(out + "/" + name) == readBytes(TestPaths.repository + "/output/" + name)
            #expect(same, "output/\(name) drifted from the code: run `swift run newsgraph extract --year 2022` and commit output/")
        }
    }

    @Test func outputsAreIdenticalForOneAndTwoJobsAcrossManyBatches() throws {
        let input = TestPaths.temporaryFolder("newsgraph-many")
        defer { try? FileManager.default.removeItem(atPath: input) }
        let seed = try String(contentsOfFile: TestPaths.seeds + "/000_8b7748761db64070.txt", encoding: .utf8)
        for day in 1...60 {
            let name = String(format: "%@/2022-%02d-%02d.txt", input, day / 28 + 10, day % 28 + 1)
            try seed.write(toFile: name, atomically: true, encoding: .utf8)
        }
        var outputs: [[[UInt8]]] = []
        for jobs in [1, 2] {
            let out = TestPaths.temporaryFolder("newsgraph-jobs")
            defer { try? FileManager.default.removeItem(atPath: out) }
            let result = try NewsGraphBinary.run(["extract", input, "--out", out, "--jobs", String(jobs), "--quiet"])
            #expect(result.status == 0, "\(result.stderr)")
            outputs.append(["articles.jsonl", "graph.dot", "corpus.tei.xml"].map { readBytes(out + "/" + $0) })
        }
        #expect(outputs[0][0].count > 100_000)
        let same = outputs[0] == outputs[1]
        #expect(same, "--jobs 1 and --jobs 2 wrote different bytes")
    }

    @Test func jsonLinesFollowTheSharedSchemaAndSliceExactly() throws {
        guard let shared = TestPaths.shared else {
            print(TestPaths.sharedMissing)
            return
        }
        let path = TestPaths.repository + "/output/articles.jsonl"
        var lines = 0
        for line in String(decoding: readBytes(path), as: UTF8.self).split(separator: "\n") {
            lines += 1
            let json = try JSONParser.parse(String(line))
            let text = Array(json["text"]!.stringValue!.unicodeScalars)
            for mention in json["mentions"]?.arrayValue ?? [] {
                let range = ScalarRange(mention["start"]!.intValue!, mention["end"]!.intValue!)
                #expect(text.string(range) == mention["text"]?.stringValue)
            }
        }
        #expect(lines == 5)
        guard let python = CommandRunner.which("python3"),
              try CommandRunner.run(python, ["-c", "import jsonschema"]).status == 0 else {
            print("skipped: JSON Schema check needs python3 with jsonschema (.ci/run installs it)")
            return
        }
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            validator = jsonschema.Draft202012Validator(schema)
            bad = 0
            for number, line in enumerate(open(sys.argv[2], encoding="utf-8"), 1):
                for error in validator.iter_errors(json.loads(line)):
                    print(f"line {number}: {error.message}"); bad += 1
            sys.exit(1 if bad else 0)
            """
        let result = try CommandRunner.run(python, ["-c", script, shared + "/schemas/jsonl/article.schema.json", path])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }

    @Test func teiIsValidAgainstTEIAll() throws {
        guard let validator = RelaxNGValidator.tei else {
            print(TestPaths.sharedMissing)
            return
        }
        let errors = validator.errors(in: readBytes(TestPaths.repository + "/output/corpus.tei.xml"))
        #expect(errors == [])
        guard let invalid = TestPaths.shared.map({ $0 + "/schemas/examples/article.invalid.tei.xml" }) else { return }
        #expect(!validator.errors(in: readBytes(invalid)).isEmpty, "the validator must reject the negative fixture")
    }

    @Test func graphvizRendersTheGraphWithEmptyStderr() throws {
        guard let dot = CommandRunner.which("dot") else {
            print("skipped: Graphviz `dot` is not installed (.ci/run installs it)")
            return
        }
        let result = try CommandRunner.run(dot, ["-Tsvg", "-o", "/dev/null", TestPaths.repository + "/output/graph.dot"])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        let text = String(decoding: readBytes(TestPaths.repository + "/output/graph.dot"), as: UTF8.self)
        #expect(text.contains(#"[label="解芳\n县委书记""#))
    }
}
