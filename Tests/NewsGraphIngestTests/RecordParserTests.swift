import NewsGraphIngest
import Testing

@Suite struct RecordParserTests {
    @Test func readsTheOptionalFieldsAndNumericIDs() throws {
        let record = try RecordParser.parse(Array(#"{"id": 42, "text": "正文", "title": "标题", "date": "2022-12-05", "page": 3, "url": "http://x"}"#.utf8))
        #expect(record.id == "42")
        #expect(record.text == "正文")
        #expect(record.title == "标题")
        #expect(record.date?.iso == "2022-12-05")
        #expect(record.page == "3")
    }

    @Test func explainsWhyARecordIsUnusable() {
        #expect(throws: RecordParser.Failure(reason: "record has no \"text\"", id: "7")) {
            try RecordParser.parse(Array(#"{"id": "7"}"#.utf8))
        }
        #expect(throws: RecordParser.Failure(reason: "\"text\" is a number, not a string", id: nil)) {
            try RecordParser.parse(Array(#"{"text": 5}"#.utf8))
        }
        #expect(throws: RecordParser.Failure.self) { try RecordParser.parse(Array("not json".utf8)) }
        #expect(throws: RecordParser.Failure(reason: "record is an array, not an object", id: nil)) {
            try RecordParser.parse(Array("[1]".utf8))
        }
    }

    @Test func aBadDateIsIgnoredWithANote() throws {
        let record = try RecordParser.parse(Array(#"{"text": "x", "date": "yesterday"}"#.utf8))
        #expect(record.date == nil)
        #expect(record.notes == ["\"date\" is not an ISO 8601 date; ignored"])
    }
}
