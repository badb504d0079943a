/// Random inputs for the fuzz test: bytes that mix Chinese newspaper text, markup, JSON
/// fragments, line ends of every kind, byte order marks, broken and legacy encodings, control
/// characters, odd scalars and long runs — deterministic for a seed.
public struct FuzzInput {
    private var random: SeededRandom
    private var text: SyntheticText

    public init(seed: UInt64) {
        random = SeededRandom(seed: seed)
        text = SyntheticText(seed: seed ^ 0x5EED)
    }

    /// Fragments that are hard on parsers and writers.
    static let fragments: [String] = [
        "<b>", "</b>", "&amp;", "&", "<", ">", "]]>", "<!--", "-->", "<?xml?>", "\"", "'", "\\", "\\n",
        "{", "}", "[", "]", ":", ",", "{\"id\":", "\"text\":", "\\ud800", "\\udc00", "\\u0000", "\\\"",
        "# ", "## ", "###### ", "#", "\n", "\r\n", "\r", "\n\n", "\t", " ", "\u{3000}",
        "\u{FEFF}", "\u{2028}", "\u{2029}", "\u{202E}", "\u{200F}", "\u{200B}", "\u{FFFD}", "\u{10FFFF}",
        String(UnicodeScalar(0xFDD0 as UInt32) ?? "\u{FFFD}"), "\u{0301}", "😀", "𠮷", "王𠮷", "·", "•", "１２", "ＡＢ", "，", "。", "、", "；", "！", "？", "…", "“", "”", "《", "》", "（", "）",
        "本报讯", "记者", "通讯员", "2022年12月1日", "12月31号", "二〇二二年十二月", "十二月一日", "2021年度", "13月45日",
        "县委书记", "县委常委、副县长", "主任", "县审计局", "横水镇", "新庄村", "绛县", "有限公司", "召开", "主持召开", "会议",
        "深入", "调研", "在", "实地查看", "指出", "等", "和", "张倩倩", "解芳", "王述江、李彩霞",
    ]

    /// Bytes that are not valid UTF-8 on their own.
    static let brokenBytes: [[UInt8]] = [
        [0xFF], [0xFE], [0xC0, 0x80], [0xE4, 0xB8], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x80], [0xBF],
        [0xF0, 0x9F, 0x98], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0x84, 0x31, 0x95, 0x33], [0x00], [0x00, 0x00],
        [0xBD, 0xE2, 0xB7, 0xBC], [0xA1, 0xA3], [0x81, 0x30, 0x81, 0x30], [0x1B], [0x7F],
    ]

    /// One random piece, as bytes.
    private mutating func piece() -> [UInt8] {
        switch Int.random(in: 0..<100, using: &random) {
        case 0..<35: return Array(text.phrase().utf8)
        case 35..<60: return Array(random.pick(Self.fragments).utf8)
        case 60..<68: return random.pick(Self.brokenBytes)
        case 68..<72: return (0..<Int.random(in: 1...8, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
        case 72..<75:
            let unit = random.pick(["县", "。", "\n", " ", "、", "1", "”", "王", "a", "\u{0}", "#"])
            let count = random.chance(0.05) ? Int.random(in: 500...3000, using: &random) : Int.random(in: 10...200, using: &random)
            return Array(String(repeating: unit, count: count).utf8)
        case 75..<80:
            return Array(String(UnicodeScalar(UInt32.random(in: 0...0x2FFFF, using: &random)) ?? "\u{FFFD}").utf8)
        default:
            return Array(text.text(bytes: Int.random(in: 10...120, using: &random), punctuated: true).utf8)
        }
    }

    /// Random bytes of up to about `maximum` bytes made of pieces.
    public mutating func bytes(maximum: Int = 200) -> [UInt8] {
        let budget = random.chance(0.01) ? Int.random(in: 0...20 * maximum, using: &random) : Int.random(in: 0...maximum, using: &random)
        var result: [UInt8] = []
        while result.count < budget { result += piece() }
        return result
    }

    /// A JSON Lines record line: usually a valid object whose `text` is escaped random text,
    /// sometimes mangled.
    public mutating func recordLine() -> [UInt8] {
        let body = String(decoding: bytes(maximum: 150), as: UTF8.self)
        var escaped = ""
        for scalar in body.unicodeScalars {
            switch scalar {
            case "\"": escaped += "\\\""
            case "\\": escaped += random.chance(0.5) ? "\\\\" : "\\u005c"
            case "\n": escaped += "\\n"
            case "\r": escaped += "\\r"
            default:
                if scalar.value < 0x20 {
                    escaped += "\\u00" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16)
                } else if random.chance(0.02) {
                    escaped += random.pick(["\\ud800", "\\udfff", "\\ud83d\\ude00", "\\u0000", "\\uFFFF"])
                } else {
                    escaped.unicodeScalars.append(scalar)
                }
            }
        }
        let id = random.pick(["\"a\"", "\"a\"", "7", "7.5", "null", "true", "\"" + String(Int.random(in: 0...9, using: &random)) + "\"", "[1]"])
        var line = "{\"id\": \(id), \"text\": \"\(escaped)\""
        if random.chance(0.3) { line += ", \"date\": \"\(random.pick(["2022-12-05", "2022-13-01", "--12-01", "yesterday", "2022-02-29"]))\"" }
        if random.chance(0.2) { line += ", \"title\": \"<b>&amp;\"" }
        line += "}"
        var bytes = Array(line.utf8)
        if random.chance(0.1) {
            // Mangle: cut, insert or delete a byte.
            let position = Int.random(in: 0...bytes.count, using: &random)
            switch Int.random(in: 0..<3, using: &random) {
            case 0: bytes = Array(bytes[..<position])
            case 1: bytes.insert(UInt8.random(in: 0...255, using: &random), at: position)
            default: if position < bytes.count { bytes.remove(at: position) }
            }
        }
        if random.chance(0.01) {
            let depth = Int.random(in: 100...2000, using: &random)
            bytes = Array(String(repeating: "[", count: depth).utf8) + bytes
        }
        return bytes
    }
}
