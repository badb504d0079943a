import NewsGraphCore

/// Finds roads and streets named without a house number (`位于振华路上`, `沿着霄云路开到四环`,
/// `东至经一南路，西至军张路`): a stem of two to five Han characters and 路, 街, 大街 or 巷,
/// right after a word that says where (在, 位于, 沿着, 家住, 东至 …) or after another road and a
/// list separator (`荣田路、银田路`). Rule `rule:place-road`.
///
/// The bare characters are too often words to be suffixes of their own (思路, 铁路, 街头), so a
/// road needs the cue before it, a stem free of stop characters, measure words, demonstratives and
/// not-stem words, and
/// a last stem character that does not make a common word with the suffix (高速**公路**,
/// 发展**道路**, 繁华**大街** stay out); a road character that begins a longer word (路线, 路网,
/// 街道, 街头) is none. A house number after a road is `AddressPlaces`' address.
enum RoadPlaces {
    /// Road candidates in `scan`.
    /// - Complexity: O(n·k) for n scalars and k the longest stem and cue.
    static func candidates(in scan: ArticleScan) -> [Candidate] {
        let s = scan.scalars
        var result: [Candidate] = []
        var lastRoadEnd = -2
        var position = 2
        while position < s.count {
            defer { position += 1 }
            guard s[position] == "路" || s[position] == "街" || s[position] == "巷", isRoadEnd(position, s) else { continue }
            let end = position + 1
            guard isNameEnd(position - 1, road: position, s) else { continue }
            var start = position
            while start > 1, position - start < maximumStem, isStemCharacter(start - 1, scan) {
                start -= 1
                guard position - start >= minimumStem else { continue }
                if WhereCues.endsWithCue(at: start, s) || (start == lastRoadEnd + 1 && listSeparators.contains(s[start - 1])) {
                    result.append(Candidate(
                        range: ScalarRange(start, end), label: .place, priority: Priority.suffixPlace, provenance: "rule:place-road"
                    ))
                    lastRoadEnd = end
                    break
                }
            }
        }
        return result
    }

    private static let minimumStem = 2
    private static let maximumStem = 5

    /// Characters between two roads of a list.
    private static let listSeparators: ScalarSet = ["、", "和", "与", "及"]

    /// Whether the road character at `position` ends the name: it does not begin a longer word
    /// (路线, 路网, 路段, 街道, 街头, 街口, 巷子) and is no digit's house number (left to addresses).
    private static func isRoadEnd(_ position: Int, _ s: [Unicode.Scalar]) -> Bool {
        guard position + 1 < s.count else { return true }
        let next = s[position + 1]
        if (0x30...0x39).contains(next.value) || (0xFF10...0xFF19).contains(next.value) { return false }
        return !wordStartsAfterRoad.contains(next)
    }

    /// Characters that, after a road character, make a word of it (路线, 路网, 路段, 路过, 街道,
    /// 街头, 街口, 巷子, 路军 …).
    private static let wordStartsAfterRoad: ScalarSet = [
        "线", "径", "过", "况", "费", "人", "灯", "程", "演", "网", "段", "子", "数", "头", "标", "基", "道", "口", "边", "面", "条", "军",
    ]

    /// Whether the character at `position` may stand in a road's stem: a Han character that is
    /// no function word, count or demonstrative and starts no stop or not-stem word.
    private static func isStemCharacter(_ position: Int, _ scan: ArticleScan) -> Bool {
        let scalar = scan.scalars[position]
        return scalar.isHan && !stemBreakers.contains(scalar) && !scan.hasMatch(.stop, startingAt: position)
            && !scan.hasMatch(.notStem, startingAt: position)
    }

    /// Whether the stem's last character at `last` and the road character make no common word
    /// (公 of 公路, 道 of 道路); 大 + 街 is a road's own ending after a name (兴华大街).
    private static func isNameEnd(_ last: Int, road: Int, _ s: [Unicode.Scalar]) -> Bool {
        if s[last] == "大", s[road] == "街" { return true }
        return !commonWordEnds[s[road], default: []].contains(s[last])
    }

    /// Characters that cannot stand in a road's name: function words, measure words and
    /// demonstratives (numerals may: 经一南路, 规划六路).
    private static let stemBreakers: ScalarSet = [
        "的", "了", "是", "和", "与", "及", "或", "在", "这", "那", "条", "几", "个", "些", "每", "各", "该", "此", "其",
        "们", "也", "都", "就",
    ]

    /// For each road character, the characters before it that make a common word (公 of 公路,
    /// 大 of 大街, which after a name of two or more characters is a road: 兴华大街).
    private static let commonWordEnds: [Unicode.Scalar: Set<Unicode.Scalar>] = [
        "路": [
            "道", "公", "铁", "马", "思", "出", "线", "网", "之", "一", "水", "陆", "电", "小", "大", "山", "弯", "歧", "后", "退", "套",
            "门", "销", "心", "来", "去", "老", "新", "正", "活", "生", "死", "航", "回", "迷", "领", "开", "让", "绕", "带", "赶", "探",
            "问", "同", "走", "上", "半", "支", "岔", "进", "末", "前", "字", "坡", "长", "短", "近", "远", "险", "窄", "宽", "土", "环",
        ],
        "街": ["大", "上", "逛", "沿", "临", "满", "当", "老", "长", "小", "横", "游", "扫", "后", "前", "条", "整", "串", "过"],
        "巷": ["小", "深", "街", "陋", "窄", "长", "后", "穷", "僻", "里"],
    ]
}
