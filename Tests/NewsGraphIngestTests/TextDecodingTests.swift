import NewsGraphIngest
import Testing

@Suite struct TextDecodingTests {
    let sample = "县委书记解芳深入横水镇调研。"

    @Test func utf8WithAndWithoutBOM() {
        #expect(TextDecoding.decode(Array(sample.utf8)).text == sample)
        let withBOM = TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array(sample.utf8))
        #expect(withBOM.text == sample)
        #expect(withBOM.encoding == .utf8)
    }

    @Test func utf16WithBOMInBothByteOrders() {
        let units = Array(sample.utf16)
        let little: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(TextDecoding.decode(little).text == sample)
        #expect(TextDecoding.decode(little).encoding == .utf16LE)
        #expect(TextDecoding.decode(big).text == sample)
    }

    @Test func gb18030IsDetected() {
        // 解芳 in GB18030 (GBK): BD E2 B7 BC
        let decoded = TextDecoding.decode([0xBD, 0xE2, 0xB7, 0xBC, 0xA1, 0xA3])
        #expect(decoded.text == "解芳。")
        #expect(decoded.encoding == .gb18030)
    }

    @Test func brokenUTF8IsRepairedWithTheOffsetOfTheFirstBadByte() {
        var bytes = Array("县委书记".utf8)
        bytes.insert(0xFF, at: 6)
        bytes.append(contentsOf: [0x80, 0x80, 0x80])
        let decoded = TextDecoding.decode(bytes)
        #expect(decoded.text.hasPrefix("县委\u{FFFD}书记"))
        #expect(decoded.notes.first?.hasPrefix("invalid UTF-8 at byte 6") == true)
    }
}
