import NewsGraphCore
import Testing

@Suite struct JSONTests {
    @Test func parsesObjectsInOrderWithEscapesAndNumbers() throws {
        let value = try JSONParser.parse(#"{"id": 7, "text": "王\u0020\ud842\udfb7\n", "x": [true, null, -1.5e2]}"#)
        #expect(value["id"]?.scalarText == "7")
        #expect(value["text"]?.stringValue == "王 𠮷\n")
        #expect(value["x"] == .array([.bool(true), .null, .number(-150)]))
        guard case .object(let members) = value else { Issue.record("not an object"); return }
        #expect(members.map(\.key) == ["id", "text", "x"])
    }

    @Test func reportsWhereItFailed() {
        #expect(throws: JSONParser.Failure(offset: 8, reason: "expected ',' or '}'")) {
            try JSONParser.parse(Array(#"{"a": 1 "b": 2}"#.utf8))
        }
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parse(Array(#"{"a": "x"#.utf8)) }
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parse(Array("{} {}".utf8)) }
    }

    @Test func unpairedSurrogatesAndBrokenBytesBecomeReplacementCharacters() throws {
        let (value, repairs) = try JSONParser.parse(Array(#"{"t": "a\ud800b"}"#.utf8))
        #expect(value["t"]?.stringValue == "a\u{FFFD}b")
        #expect(repairs == 1)
        let broken: [UInt8] = Array(#"{"t": "x"#.utf8) + [0xFF] + Array(#"y"}"#.utf8)
        let (repaired, count) = try JSONParser.parse(broken)
        #expect(repaired["t"]?.stringValue == "x\u{FFFD}y")
        #expect(count == 1)
    }

    @Test func deepNestingIsRejectedNotACrash() {
        let deep = Array(String(repeating: "[", count: 100_000).utf8)
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parse(deep) }
    }

    @Test func outputEscapesWhatWouldBreakALine() throws {
        var out = JSONOutput()
        let hostile = "a\"b\\c\nd\u{0}e\u{2028}f王𠮷\u{1F}"
        out.string(hostile)
        let text = String(decoding: out.bytes, as: UTF8.self)
        #expect(!text.contains("\n"))
        #expect(!text.contains("\u{2028}"))
        #expect(try JSONParser.parse(text).stringValue == hostile)
    }

    @Test func numbersAreWrittenAsSwiftPrintsThem() {
        let values = [0, 7, 9, 10, 99, 100, 12_345, -1, -10, 1_000_000_007, Int.max, Int.min, Int.min + 1]
        var out = JSONOutput()
        for (index, value) in values.enumerated() {
            if index > 0 { out.raw(",") }
            out.int(value)
        }
        #expect(String(decoding: out.bytes, as: UTF8.self) == values.map(String.init).joined(separator: ","))
    }

    @Test func aCopiedOutputKeepsItsOwnBytes() {
        var first = JSONOutput()
        first.string("shared")
        var second = first
        first.raw(",1")
        second.raw(",2")
        #expect(String(decoding: first.bytes, as: UTF8.self) == #""shared",1"#)
        #expect(String(decoding: second.bytes, as: UTF8.self) == #""shared",2"#)
    }
}
