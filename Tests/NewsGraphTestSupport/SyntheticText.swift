/// Newspaper-like Chinese text made from random names, titles, places, companies and meetings:
/// input for the size tests and the fuzz test, dense in everything the recognisers look for.
public struct SyntheticText {
    static let surnames = Array("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蔡蒋余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤解").map(String.init)
    static let givenCharacters = Array("明华建国伟芳军平红丽强文英杰敏静霞玉兰秀志勇涛斌波辉刚峰云海燕亮凯翔述江彩卫永晓倩亿滨").map(String.init)
    static let titles = ["县委书记", "县长", "副县长", "县委常委", "镇党委书记", "局长", "县委副书记", "主任", "县委常委、副县长"]
    static let verbs = ["深入", "调研", "指出", "参加", "主持召开", "实地查看", "要求", "强调", "在"]
    static let placeSuffixes = ["村", "镇", "乡", "县"]
    static let orgSuffixes = ["有限公司", "合作社", "中学", "局", "卫生院"]
    static let punctuation = ["。", "，", "、", "！", "；", "：", "“", "”", "（", "）", " ", "\n"]

    private var random: SeededRandom

    public init(seed: UInt64) {
        random = SeededRandom(seed: seed)
    }

    /// A person name: a surname and one or two given characters.
    public mutating func name() -> String {
        random.pick(Self.surnames) + (0..<(random.chance(0.5) ? 1 : 2)).map { _ in random.pick(Self.givenCharacters) }.joined()
    }

    /// `count` random given-name characters (stems of places and organisations).
    public mutating func stem(_ count: Int) -> String {
        (0..<count).map { _ in random.pick(Self.givenCharacters) }.joined()
    }

    /// One phrase: a titled name, a name and a verb, a place, an organisation, a meeting, a date,
    /// a name list or filler.
    public mutating func phrase() -> String {
        switch Int.random(in: 0..<10, using: &random) {
        case 0, 1, 2: return random.pick(Self.titles) + name()
        case 3: return name() + random.pick(Self.verbs)
        case 4: return stem(2) + random.pick(Self.placeSuffixes)
        case 5: return stem(3) + random.pick(Self.orgSuffixes)
        case 6: return "召开" + stem(4) + "会议"
        case 7: return "\(Int.random(in: 1...12, using: &random))月\(Int.random(in: 1...28, using: &random))日"
        case 8: return name() + "、" + name()
        default: return stem(Int.random(in: 1...6, using: &random))
        }
    }

    /// Text of at least `bytes` UTF-8 bytes; with `punctuated`, phrases are now and then
    /// followed by punctuation or a line break, else the text is one run-on sentence.
    public mutating func text(bytes: Int, punctuated: Bool) -> String {
        var parts: [String] = []
        var size = 0
        while size < bytes {
            var part = phrase()
            if punctuated, random.chance(0.2) { part += random.pick(Self.punctuation) }
            parts.append(part)
            size += part.utf8.count
        }
        return parts.joined()
    }
}
