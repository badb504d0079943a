import NewsGraphCore

/// Words that say where the name after them is: prepositions and verbs of place and travel
/// (在, 位于, 沿着, 家住, 前往, 登, 游览), bounds of an area (东至, 北起) and words that open a
/// list of sights (包括, 还有). A road or sight name may start right after one even where no
/// other boundary stands (`位于[振华路]`, `遥望[玉龙雪山]`).
enum WhereCues {
    /// Whether a cue ends at `end`. A cue of one character that ends a longer word (现在, 得到,
    /// 甚至, 旅游) or begins one (去年, 登陆, 沿途, 去往) is none.
    /// - Complexity: O(c) for c cues.
    static func endsWithCue(at end: Int, _ s: [Unicode.Scalar]) -> Bool {
        for cue in cues.ending(at: end, in: s) {
            if cue.count == 1, end >= 2, wordsEndingInCue.contains(String(s[end - 2]) + String(cue[0])) { continue }
            if cue.count == 1, end < s.count, wordsStartingWithCue.contains(String(cue[0]) + String(s[end])) { continue }
            return true
        }
        return false
    }

    private static let cues = ScalarWords([
        "位于", "地处", "沿着", "顺着", "经过", "途经", "途径", "穿过", "到达", "直达", "家住", "住在", "前往", "来到", "走进", "横跨",
        "坐落于", "抵达", "遥望", "可观", "观看", "欣赏", "览尽", "登上", "参观", "游览", "包括", "包含", "还有",
        "东至", "西至", "南至", "北至", "东起", "西起", "南起", "北起", "东接", "西接", "南接", "北接", "南连", "北连", "东连", "西连",
        "沿", "在", "到", "至", "从", "去", "登", "游", "逛", "赴",
    ])

    /// Words whose first character is a one-character cue: the name cannot start inside them.
    private static let wordsStartingWithCue: Set<String> = [
        "去年", "去世", "去往", "去看", "去完", "去除", "去掉", "去过", "登陆", "登记", "登录", "登场", "登顶", "沿途", "沿海", "沿线",
        "沿岸", "游玩", "游客", "游览", "游戏", "游泳", "逛逛", "逛街", "在于", "到底", "到处", "到场", "到位", "从事", "从而", "从来",
        "至今", "至少", "赴任",
    ]

    /// Words whose last character is a one-character cue but that say no place.
    private static let wordsEndingInCue: Set<String> = [
        "现在", "正在", "存在", "实在", "所在", "自在", "内在", "外在", "潜在", "好在", "得到", "受到", "达到", "看到", "想到", "感到",
        "遇到", "做到", "直到", "提到", "说到", "谈到", "甚至", "以至", "乃至", "直至", "截至", "服从", "无从", "随从", "自从", "旅游",
        "导游", "上游", "下游", "出游", "交游", "失去", "过去", "出去", "回去", "进去", "下去", "上去", "死去", "离去", "除去", "攀登",
        "刊登", "奔赴", "闲逛", "巡游", "周游",
    ]
}
