import Foundation
import NewsGraphCore
import NewsGraphTestSupport
import Testing

/// The command line's contract: --stdin streaming, exit statuses, one line per problem.
@Suite struct CommandLineTests {
    @Test func stdinWritesOneLinePerInputLineInOrder() throws {
        let input = """
            {"id": 1, "text": "12月1日,县委书记解芳深入横水镇调研。", "date": "2022-12-05"}
            not json
            {"id": "b", "text": "县长李翔主持召开会议。"}
            {"id": "c"}

            """
        let result = try NewsGraphBinary.run(["extract", "--stdin"], input: input)
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 4)
        let parsed = try lines.map { try JSONParser.parse(String($0)) }
        #expect(parsed[0]["id"]?.stringValue == "1")
        #expect(parsed[0]["text"]?.stringValue == "12月1日,县委书记解芳深入横水镇调研。")
        #expect(parsed[0]["mentions"]?.arrayValue?.first?["resolved"]?.stringValue == "2022-12-01")
        #expect(parsed[1]["line"]?.intValue == 2)
        #expect(parsed[1]["error"]?.stringValue?.hasPrefix("invalid JSON") == true)
        #expect(parsed[2]["id"]?.stringValue == "b")
        #expect(parsed[3]["id"]?.stringValue == "c")
        #expect(parsed[3]["error"]?.stringValue == "record has no \"text\"")
        let problems = result.stderr.split(separator: "\n")
        #expect(problems.count == 2)
        #expect(problems.first?.hasPrefix("<stdin>:2: error: invalid JSON") == true)
    }

    @Test func unreadableInputsAreReportedAndTheRestIsProcessed() throws {
        let out = TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let result = try NewsGraphBinary.run(["extract", "seeds", "no/such/file.txt", "--out", out, "--quiet", "--year", "2022"])
        #expect(result.status == 1)
        #expect(result.stderr == "no/such/file.txt: error: cannot open: no such file or directory; skipped\n")
        #expect(String(decoding: readBytes(out + "/articles.jsonl"), as: UTF8.self).split(separator: "\n").count == 5)
    }

    @Test func usageErrorsExitWith64() throws {
        #expect(try NewsGraphBinary.run(["extract", "--jobs", "0"]).status == 64)
        #expect(try NewsGraphBinary.run(["extract", "--window", "page"]).status == 64)
        #expect(try NewsGraphBinary.run(["extract", "--stdin", "seeds"]).status == 64)
    }

    @Test func aMalformedDictionaryStopsTheRunBeforeReadingInput() throws {
        let folder = TestPaths.temporaryFolder("newsgraph-dict")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for name in try FileManager.default.contentsOfDirectory(atPath: TestPaths.dictionaries) {
            try FileManager.default.copyItem(atPath: TestPaths.dictionaries + "/" + name, toPath: folder + "/" + name)
        }
        var titles = try String(contentsOfFile: folder + "/titles.tsv", encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        titles[11] = "书记\tboss"
        try titles.joined(separator: "\n").write(toFile: folder + "/titles.tsv", atomically: true, encoding: .utf8)
        let out = TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let result = try NewsGraphBinary.run(["extract", "--dictionaries", folder, "--out", out])
        #expect(result.status == 64)
        #expect(result.stderr == "\(folder)/titles.tsv:12: error: unknown role \"boss\" (expected office, organ, rank, scope)\n")
        #expect(!FileManager.default.fileExists(atPath: out + "/articles.jsonl"))
    }
}
