import Foundation
import NewsGraphIngest
import NewsGraphTestSupport
import Testing

/// Encodings are detected, and a detection that is not sure says so in one note.
@Suite struct TextDecodingTests {
    let sample = "县委书记解芳深入横水镇调研。"
    let seed = (try? String(contentsOfFile: TestPaths.seeds + "/000_8b7748761db64070.txt", encoding: .utf8)) ?? ""

    @Test func utf8WithAndWithoutBOM() throws {
        #expect(try TextDecoding.decode(Array(sample.utf8)).text == sample)
        let withBOM = try TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array(sample.utf8))
        #expect(withBOM.text == sample)
        #expect(withBOM.encoding == .utf8)
        #expect(withBOM.notes.isEmpty)
        #expect(try TextDecoding.decode([]).text == "")
    }

    @Test func utf16WithBOMInBothByteOrders() throws {
        let little = try TextDecoding.decode([0xFF, 0xFE] + TestEncoding.encode(seed, to: "UTF-16LE"))
        #expect(little.text == seed)
        #expect(little.encoding == .utf16LE)
        #expect(little.notes.isEmpty)
        let big = try TextDecoding.decode([0xFE, 0xFF] + TestEncoding.encode(seed, to: "UTF-16BE"))
        #expect(big.text == seed)
        #expect(big.encoding == .utf16BE)
    }

    @Test func utf16WithoutBOMIsGuessedFromItsZeroBytesAndSaysSo() throws {
        let decoded = try TextDecoding.decode(TestEncoding.encode(seed, to: "UTF-16LE"))
        #expect(decoded.text == seed)
        #expect(decoded.notes == ["no byte order mark; read as UTF-16LE, guessed from its zero bytes"])
        #expect(try TextDecoding.decode(TestEncoding.encode(seed, to: "UTF-16BE")).encoding == .utf16BE)
    }

    @Test func gb18030IsDetectedSilentlyWhenTheTextIsLongEnough() throws {
        let decoded = try TextDecoding.decode(TestEncoding.encode(seed, to: "GB18030"))
        #expect(decoded.text == seed)
        #expect(decoded.encoding == .gb18030)
        #expect(decoded.notes.isEmpty)
        let withMark = try TextDecoding.decode([0x84, 0x31, 0x95, 0x33] + TestEncoding.encode(sample, to: "GB18030"))
        #expect(withMark.text == sample)
    }

    @Test func aShortGB18030FileIsAGuessAndSaysSo() throws {
        // 解芳。 in GB18030 (GBK): BD E2 B7 BC A1 A3
        let decoded = try TextDecoding.decode([0xBD, 0xE2, 0xB7, 0xBC, 0xA1, 0xA3])
        #expect(decoded.text == "解芳。")
        #expect(decoded.encoding == .gb18030)
        #expect(decoded.notes == ["only 3 non-ASCII characters and not UTF-8; read as GB18030, which is a guess"])
    }

    @Test func big5ReadAsGB18030IsFlaggedAsDoubtful() throws {
        let decoded = try TextDecoding.decode(TestEncoding.encode("縣委書記解芳深入橫水鎮調研鄉村振興工作。", to: "BIG5"))
        #expect(decoded.notes.count == 1)
        #expect(decoded.notes.first?.contains("outside GB2312 (Big5 or another encoding?)") == true)
    }

    @Test func brokenUTF8IsRepairedWithTheOffsetOfTheFirstBadByteInOneNote() throws {
        var bytes = Array(seed.utf8)
        bytes.insert(0xFF, at: 4)
        bytes.append(contentsOf: [0xE5, 0x8E])
        let decoded = try TextDecoding.decode(bytes)
        #expect(decoded.encoding == .utf8)
        #expect(decoded.text.unicodeScalars.filter { $0 == "\u{FFFD}" }.count == 2)
        #expect(decoded.notes == ["invalid UTF-8 at byte 4 and 1 more places; replaced with U+FFFD"])
    }

    @Test func gb18030WithABrokenByteIsReadAsGB18030AndSaysSo() throws {
        var bytes = TestEncoding.encode(seed, to: "GB18030")
        bytes.insert(0xFF, at: 40)
        let decoded = try TextDecoding.decode(bytes)
        #expect(decoded.encoding == .gb18030)
        #expect(decoded.notes == ["neither valid UTF-8 nor valid GB18030; read as GB18030 with 1 bytes replaced by U+FFFD (the first at byte 40)"])
        #expect(decoded.text.contains("县委书记解芳深入横水镇调研"))
    }

    @Test func zeroFilledBlocksOfAHalfCopiedFileAreRemovedWithANote() throws {
        let bytes = Array(sample.utf8) + [UInt8](repeating: 0, count: 4) + Array(sample.utf8)
        let decoded = try TextDecoding.decode(bytes)
        #expect(decoded.text == sample + sample)
        #expect(decoded.notes == ["4 NUL characters removed"])
    }

    @Test(arguments: [
        (Array("%PDF-1.7\n%âãÏÓ\n1 0 obj".utf8), "a PDF document"),
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], "a PNG image"),
        ([0xFF, 0xD8, 0xFF, 0xE0, 0, 16], "a JPEG image"),
        ([0x50, 0x4B, 0x03, 0x04, 20, 0], "a ZIP archive (or a .docx/.xlsx document)"),
        ([UInt8](repeating: 0, count: 64), "binary data (100% of its bytes are NUL or control characters)"),
        ((0..<64).map { UInt8($0 % 32) }, "binary data (81% of its bytes are NUL or control characters)"),
    ] as [([UInt8], String)])
    func documentsImagesAndBinaryDataAreNotText(_ bytes: [UInt8], _ reason: String) {
        #expect(throws: TextDecoding.NotText(reason: reason)) { try TextDecoding.decode(bytes) }
    }

    @Test func randomBytesAreNotText() {
        var random = SeededRandom(seed: 5)
        for size in [64, 4096, 100_000] {
            let bytes = (0..<size).map { _ in UInt8.random(in: 0...255, using: &random) }
            let error = #expect(throws: TextDecoding.NotText.self) { try TextDecoding.decode(bytes) }
            #expect(error?.reason.hasPrefix("binary data") == true)
        }
    }
}
