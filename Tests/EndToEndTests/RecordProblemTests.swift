import Foundation
import NewsGraphCore
import NewsGraphTestSupport
import Testing

/// Bad JSON Lines records are reported with file and line and skipped; the others are kept.
/// A duplicate id keeps both articles, the later one renamed `id#2` with a warning. With
/// `--stdin`, every input line gives exactly one output line, in order.
@Suite struct RecordProblemTests {
    private let input = [
        #"{"id": "a", "text": "县委书记解芳深入横水镇调研。"}"#,
        #"{"id": "a", "text": "县长李翔主持召开会议。"}"#,
        "not json",
        #"{"id": 7}"#,
        #"{"id": "t", "text": 5}"#,
        "",
        #"{"id": "a#2", "text": "正文。"}"#,
        #"{"id": "s", "text": "王\ud800芳\u202e<b>&amp;"}"#,
        "[1,2]",
        #"{"id": "a", "text": "三。"}"#,
    ].joined(separator: "\n") + "\n"

    @Test func badRecordsAreReportedWithFileAndLineAndTheRestIsKept() throws {
        let folder = TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try input.write(toFile: folder + "/r.jsonl", atomically: true, encoding: .utf8)
        let result = try NewsGraphBinary.run(["extract", folder + "/r.jsonl", "--out", folder + "/out", "--quiet"])
        #expect(result.status == 1)
        let file = folder + "/r.jsonl"
        #expect(result.stderr.split(separator: "\n").map(String.init) == [
            "\(file):3: error: invalid JSON: invalid literal at byte 0; record skipped",
            "\(file):4: error: record has no \"text\"; record skipped",
            "\(file):5: error: \"text\" is a number, not a string; record skipped",
            "\(file):8: warning: 1 broken character (invalid UTF-8 or unpaired surrogate escapes) replaced with U+FFFD; record kept",
            "\(file):9: error: record is an array, not an object; record skipped",
            "\(file):2: warning: duplicate id \"a\" (first at \(file):1); kept as \"a#2\"",
            "\(file):7: warning: duplicate id \"a#2\" (first at \(file):2); kept as \"a#2#2\"",
            "\(file):10: warning: duplicate id \"a\" (first at \(file):1); kept as \"a#3\"",
        ])
        let lines = readBytes(folder + "/out/articles.jsonl").split(separator: UInt8(ascii: "\n"))
        let ids = try lines.map { try JSONParser.parse(Array($0)).value["id"]?.stringValue }
        #expect(ids == ["a", "a#2", "a#2#2", "s", "a#3"])
        for line in lines { #expect(ArticleInvariants.violations(ofLine: Array(line)) == []) }
    }

    @Test func stdinWritesOneLinePerInputLineWithErrorObjectsAndRenamedDuplicates() throws {
        let result = try NewsGraphBinary.run(["extract", "--stdin"], input: input)
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        #expect(lines.count == 10)
        let json = try lines.map { try JSONParser.parse($0) }
        #expect(json.map { $0["id"]?.stringValue } == ["a", "a#2", nil, "7", "t", nil, "a#2#2", "s", nil, "a#3"])
        #expect(json.map { $0["line"]?.intValue } == [nil, nil, 3, 4, 5, 6, nil, nil, 9, nil])
        #expect(json[5]["error"]?.stringValue == "invalid JSON: unexpected end of input at byte 0")
        #expect(json[7]["text"]?.stringValue == "王\u{FFFD}芳\u{202E}<b>&amp;")
        for (index, line) in lines.enumerated() where json[index]["error"] == nil {
            #expect(ArticleInvariants.violations(ofLine: Array(line.utf8)) == [])
        }
        let problems = result.stderr.split(separator: "\n")
        #expect(problems.count == 9)
        #expect(problems.contains("<stdin>:2: warning: duplicate id \"a\" (first at <stdin>:1); kept as \"a#2\""))
        #expect(problems.contains("<stdin>:6: error: invalid JSON: unexpected end of input at byte 0; error line written"))
    }

    @Test func aStandardInputThatCannotBeReadIsOneErrorLine() throws {
        let binary = try #require(NewsGraphBinary.path)
        // A folder as standard input: read(2) fails with EISDIR.
        let result = try CommandRunner.run("/bin/sh", ["-c", "exec \"$0\" extract --stdin --no-gazetteers < /", binary])
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr == "<stdin>: error: cannot read: is a directory; stopped after line 0\n")
    }

    @Test func aLongRecordOnStdinSpansManyReadsAndStaysOneLine() throws {
        var generator = SyntheticText(seed: 4)
        let text = generator.text(bytes: 300_000, punctuated: true)
        var out = JSONOutput()
        out.raw("{"); out.key("id"); out.string("long"); out.raw(","); out.key("text"); out.string(text); out.raw("}\n")
        let record = String(decoding: out.bytes, as: UTF8.self)
        let result = try NewsGraphBinary.run(["extract", "--stdin"], input: record + #"{"id": "next", "text": "正文。"}"# + "\n")
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        let first = try JSONParser.parse(lines[0])
        #expect(first["text"]?.stringValue == text)
        #expect(ArticleInvariants.violations(ofLine: Array(lines[0].utf8)) == [])
        #expect(try JSONParser.parse(lines[1])["id"]?.stringValue == "next")
    }
}
