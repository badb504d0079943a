import Foundation
import NewsGraphCore
import NewsGraphIngest
import NewsGraphTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// A folder as a batch run meets it: the seed dump in UTF-8, GB18030 and UTF-16 (and with
/// Windows and old Mac line ends, a broken byte, a GBK file name), records good and bad, a PDF,
/// random bytes, an image, an empty file, links dangling and looping, a pipe. The run finishes,
/// keeps every article that can be decoded, prints one line per problem, exits with status 1,
/// and its outputs validate.
@Suite(.serialized) struct MixedFolderTests {
    private func write(_ bytes: [UInt8], to path: String) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    @Test func everythingReadableIsKeptAndEveryProblemIsOneLine() throws {
        let root = TestPaths.temporaryFolder("newsgraph-mixed")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let input = root + "/in"
        try FileManager.default.createDirectory(atPath: input + "/sub", withIntermediateDirectories: true)
        let seed = try String(contentsOfFile: TestPaths.seeds + "/000_8b7748761db64070.txt", encoding: .utf8)
        let lf = seed.replacingOccurrences(of: "\r\n", with: "\n")
        try write(Array(seed.utf8), to: input + "/a-utf8.txt")
        try write(TestEncoding.encode(seed, to: "GB18030"), to: input + "/b-gb18030.txt")
        try write([0xFF, 0xFE] + TestEncoding.encode(seed, to: "UTF-16LE"), to: input + "/c-utf16.txt")
        try write(Array(lf.replacingOccurrences(of: "\n", with: "\r\n").utf8), to: input + "/d-crlf.txt")
        try write(Array(lf.replacingOccurrences(of: "\n", with: "\r").utf8), to: input + "/e-cr.txt")
        var broken = Array(seed.utf8)
        broken.insert(0xFF, at: 4)
        try write(broken, to: input + "/f-broken.txt")
        let gbkName = RawPath(input).appending([0xB1, 0xA8, 0xD6, 0xBD] + Array(".txt".utf8))
        let descriptor = gbkName.withCString { open($0, O_WRONLY | O_CREAT, 0o644) }
        #expect(Glibc.write(descriptor, Array(seed.utf8), seed.utf8.count) == seed.utf8.count)
        close(descriptor)
        try write([], to: input + "/g-empty.txt")
        try write(Array("%PDF-1.4\n%âãÏÓ\n".utf8) + [0, 1, 2], to: input + "/h-scan.txt")
        var random = SeededRandom(seed: 9)
        try write((0..<5000).map { _ in UInt8.random(in: 0...255, using: &random) }, to: input + "/i-noise.txt")
        try write([0x89, 0x50, 0x4E, 0x47], to: input + "/j-picture.png")
        let records = [
            #"{"id": "r1", "text": "12月1日,县委书记解芳深入横水镇调研。", "date": "2022-12-05"}"#,
            #"{"id": "r1", "text": "县长李翔<b>主持召开</b>县疫情防控工作会议&amp;。"}"#,
            "{broken",
            #"{"id": "r3"}"#,
            #"{"id": "r4", "text": ["not", "a", "string"]}"#,
            #"{"id": "r5", "text": "王\ud800芳\u202e]]>"}"#,
        ]
        try write(Array(records.joined(separator: "\r\n").utf8), to: input + "/k-records.jsonl")
        try write([0xFF, 0xFE] + TestEncoding.encode(#"{"id": "u1", "text": "县委书记解芳深入横水镇调研。"}"# + "\n", to: "UTF-16LE"), to: input + "/l-utf16.jsonl")
        try FileManager.default.createSymbolicLink(atPath: input + "/m-dangling.txt", withDestinationPath: input + "/nowhere.txt")
        try FileManager.default.createSymbolicLink(atPath: input + "/n-loop.txt", withDestinationPath: input + "/n-loop.txt")
        #expect(mkfifo(input + "/o-pipe.txt", 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: input + "/sub/up", withDestinationPath: input)

        let out = root + "/out"
        let result = try NewsGraphBinary.run(["extract", input, "--out", out, "--year", "2022", "--jobs", "2"])
        #expect(result.status == 1)
        let problems = result.stderr.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("newsgraph: ") }
        let gbk = input + "/\\xB1\\xA8\\xD6\\xBD.txt"
        let expected: [String] = [
            "\(input)/f-broken.txt: warning: invalid UTF-8 at byte 4; replaced with U+FFFD; articles kept",
            "\(input)/h-scan.txt: error: not text (a PDF document); skipped",
            "\(input)/j-picture.png: warning: not a .txt, .md or .jsonl file; skipped",
            "\(input)/k-records.jsonl:3: error: invalid JSON: expected a member name at byte 1; record skipped",
            "\(input)/k-records.jsonl:4: error: record has no \"text\"; record skipped",
            "\(input)/k-records.jsonl:5: error: \"text\" is an array, not a string; record skipped",
            "\(input)/k-records.jsonl:6: warning: 1 broken character (invalid UTF-8 or unpaired surrogate escapes) replaced with U+FFFD; record kept",
            "\(input)/k-records.jsonl:2: warning: duplicate id \"r1\" (first at \(input)/k-records.jsonl:1); kept as \"r1#2\"",
            "\(input)/l-utf16.jsonl: warning: JSON Lines in UTF-16LE, not UTF-8; converted; records kept",
            "\(input)/m-dangling.txt: error: cannot open: dangling symbolic link (no such file or directory); skipped",
            "\(input)/n-loop.txt: error: cannot open: too many levels of symbolic links; skipped",
            "\(input)/o-pipe.txt: error: not a regular file or folder (a device, pipe or socket); skipped",
            "\(input)/sub/up: warning: folder already read (a symbolic link loop or a second link to it); not read again",
            "\(gbk): warning: name is not valid UTF-8 (as GB18030: \"报纸.txt\"); read anyway, shown with \\x escapes",
        ]
        for line in expected {
            #expect(problems.contains(line), "missing: \(line)")
        }
        #expect(problems.contains { $0.hasPrefix("\(input)/i-noise.txt: error: not text (binary data") })
        #expect(problems.count == expected.count + 1, "\(problems.joined(separator: "\n"))")

        // Every decodable article is kept: 5 per copy of the seed, 4 records.
        let lines = readBytes(out + "/articles.jsonl").split(separator: UInt8(ascii: "\n"))
        let articles = try lines.map { try JSONParser.parse(Array($0)).value }
        for line in lines { #expect(ArticleInvariants.violations(ofLine: Array(line)) == []) }
        func texts(_ file: String) -> [String] {
            articles.filter { $0["source"]?["file"]?.stringValue == file }.compactMap { $0["text"]?.stringValue }
        }
        let reference = texts(input + "/a-utf8.txt")
        #expect(reference.count == 5)
        for copy in ["b-gb18030.txt", "c-utf16.txt", "d-crlf.txt", "e-cr.txt"] {
            #expect(texts(input + "/" + copy) == reference, "\(copy) reads as the UTF-8 seed")
        }
        #expect(texts(gbk) == reference)
        #expect(texts(input + "/f-broken.txt").count == 5)
        #expect(articles.compactMap { $0["id"]?.stringValue }.filter { !$0.contains(".txt#") } == ["r1", "r1#2", "r5", "u1"])
        #expect(articles.count == 7 * 5 + 4)

        if let dot = CommandRunner.which("dot") {
            let rendered = try CommandRunner.run(dot, ["-Tsvg", "-o", "/dev/null", out + "/graph.dot"])
            #expect(rendered.status == 0)
            #expect(rendered.stderr == "")
        }
        if let validator = RelaxNGValidator.tei {
            #expect(validator.errors(in: readBytes(out + "/corpus.tei.xml")) == [])
        }
    }
}
