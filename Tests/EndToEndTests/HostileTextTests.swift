import Foundation
import NewsGraphCore
import NewsGraphTestSupport
import Testing

/// Markup, control characters, unpaired surrogate escapes, bidirectional marks, noncharacters
/// and very long runs of one character come out escaped and valid in all three outputs, checked
/// as the seed outputs are: JSON parse and code point slicing, `dot -Tsvg` with empty stderr,
/// RELAX NG `tei_all.rng`.
@Suite(.serialized) struct HostileTextTests {
    /// Every C0 control, DEL, C1 controls, noncharacters, BOM, line and paragraph separators.
    static let controls = String(String.UnicodeScalarView(
        ([UInt32](0..<0x20) + [0x7F, 0x80, 0x9F, 0xFDD0, 0xFFFE, 0xFFFF, 0xFEFF, 0x2028, 0x2029, 0x10FFFF]).compactMap(Unicode.Scalar.init)
    ))

    static let hostile = [
        "县委书记解芳<b>深入</b>横水镇&amp;调研]]><!-- -->&#x0;<?xml?>",
        "\u{202E}县长李翔\u{200F}主持召开\"党建\"工作会议\u{202C}，王\u{FEFF}芳参加。",
        "县委书记解芳" + controls + "深入横水镇调研。",
        String(repeating: "县", count: 20_000) + "县委书记解芳深入横水镇调研。",
        String(repeating: "”", count: 20_000) + String(repeating: "\u{0301}", count: 5_000) + "解芳指出。",
        "召开“" + String(repeating: "党", count: 30) + "”会议，在新庄村,解芳实地查看。𠮷𠮷县委书记王𠮷调研。",
    ]

    /// A folder with the hostile texts as records (with hostile fields) and as a dump whose
    /// file name has markup characters in it.
    private func hostileFolder() throws -> String {
        let folder = TestPaths.temporaryFolder("newsgraph-hostile")
        var lines: [String] = []
        for (index, text) in Self.hostile.enumerated() {
            var out = JSONOutput()
            out.raw("{"); out.key("id"); out.string("h<\(index)>&\"'")
            out.raw(","); out.key("text"); out.string(text)
            out.raw(","); out.key("title"); out.string("标题]]>\u{1}<i>\(index)")
            out.raw(","); out.key("newspaper"); out.string("绛县&<报>")
            out.raw(","); out.key("url"); out.string("http://x/?a=1&b=<2>")
            out.raw(","); out.key("page"); out.string("A\u{0}1")
            out.raw(","); out.key("date"); out.string("2022-12-05")
            out.raw("}")
            lines.append(String(decoding: out.bytes, as: UTF8.self))
        }
        lines.append(#"{"id": "surrogates", "text": "\ud800解芳\udc00深入\ud83d横水镇\u0000调研\u001f。"}"#)
        try (lines.joined(separator: "\n") + "\n").write(toFile: folder + "/hostile.jsonl", atomically: true, encoding: .utf8)
        let dump = Self.hostile.enumerated().map { "# 标题<\($0.offset)>&amp;\n\n\($0.element)\n" }.joined()
        try dump.write(toFile: folder + "/a&b<c>\"'.txt", atomically: true, encoding: .utf8)
        return folder
    }

    @Test func allThreeOutputsStayValid() throws {
        let input = try hostileFolder()
        defer { try? FileManager.default.removeItem(atPath: input) }
        let out = input + "/out"
        let result = try NewsGraphBinary.run(["extract", input, "--out", out, "--year", "2022"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").filter { !$0.hasPrefix("newsgraph: ") } == [
            "\(input)/a&b<c>\"'.txt: warning: 1 NUL character removed; articles kept",
            "\(input)/hostile.jsonl:7: warning: 3 broken characters (invalid UTF-8 or unpaired surrogate escapes) replaced with U+FFFD; record kept",
        ])
        let lines = readBytes(out + "/articles.jsonl").split(separator: UInt8(ascii: "\n"))
        for line in lines {
            #expect(ArticleInvariants.violations(ofLine: Array(line)) == [])
        }
        let articles = try lines.map { try JSONParser.parse(Array($0)).value }
        let records = articles.filter { $0["source"]?["file"]?.stringValue?.hasSuffix("hostile.jsonl") == true }
        #expect(records.count == Self.hostile.count + 1)
        #expect(records.first?["id"]?.stringValue == "h<0>&\"'")
        #expect(records.map { $0["text"]?.stringValue ?? "" }.prefix(Self.hostile.count) == Self.hostile[...], "texts, control characters included, survive exactly")
        #expect(records.first?["mentions"]?.arrayValue?.contains { $0["text"]?.stringValue == "解芳" } == true)
        #expect(records.last?["text"]?.stringValue == "\u{FFFD}解芳\u{FFFD}深入\u{FFFD}横水镇\u{0}调研\u{1F}。")

        if let dot = CommandRunner.which("dot") {
            let rendered = try CommandRunner.run(dot, ["-Tsvg", "-o", "/dev/null", out + "/graph.dot"])
            #expect(rendered.status == 0)
            #expect(rendered.stderr == "")
            #expect(String(decoding: readBytes(out + "/graph.dot"), as: UTF8.self).contains(#"label="\"党建\"工作会议""#))
        } else {
            print("skipped: Graphviz `dot` is not installed (.ci/run installs it)")
        }
        if let validator = RelaxNGValidator.tei {
            #expect(validator.errors(in: readBytes(out + "/corpus.tei.xml")) == [])
        } else {
            print(TestPaths.sharedMissing)
        }
    }
}
