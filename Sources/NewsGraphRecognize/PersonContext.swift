import NewsGraphCore

/// What stands around each position of an article, as the person rules see it: where a name
/// may start or end, and which words before or after a name confirm it.
struct PersonContext {
    /// What confirms a name on one side.
    enum Evidence: Int, Comparable {
        /// Nothing: a name cannot start or end here.
        case none
        /// A weak boundary: a stop character or a one-character word often written next to names.
        case boundary
        /// A clear boundary: punctuation, the text's edge, or a longer word that ends a stem or is
        /// often written next to names.
        case clear
        /// A cue verb after the name (`指出`, `说`) or a list joiner.
        case cue
        /// A title or a word that introduces a name (`记者`).
        case title

        static func < (lhs: Evidence, rhs: Evidence) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// `before[i]`: what ends right before position i (skipping spaces).
    private(set) var before: [Evidence]
    /// `after[i]`: what starts at position i (skipping spaces).
    private(set) var after: [Evidence]
    /// `introduced[i]`: a word that introduces a reporter's name (`记者`) ends right before i.
    private(set) var introduced: [Bool]
    /// `afterRole[i]`: a word for what someone is (`前锋`, `外援`, `妻子`) ends right before i,
    /// or right before a closing quote before i (`“亚洲球王”瓦塔纳`).
    private(set) var afterRole: [Bool]

    /// Words that end a name stem; two characters or more, they are clear boundaries.
    private static func isClear(_ role: LexRole) -> Bool {
        switch role {
        case .notStem, .cueAfter, .cueBefore, .meetingTrigger, .nameContextBefore, .nameContextAfter: true
        default: false
        }
    }

    /// Whether a shirt number (one or two digits and 号, not after a street) or an age (a
    /// number and 岁的) ends right before `position`.
    /// - Complexity: O(1): at most three scalars of the number are looked at.
    private static func followsNumber(_ position: Int, in scalars: [Unicode.Scalar]) -> Bool {
        func digits(ending end: Int, _ isDigit: (Unicode.Scalar) -> Bool) -> Int {
            var start = end
            while start > 0, end - start < 3, isDigit(scalars[start - 1]) { start -= 1 }
            return end - start
        }
        if scalars[position - 1] == "号" {
            // Not a house number (`同兴街69号`).
            let count = digits(ending: position - 1) { $0.isDigitLike }
            let numberStart = position - 1 - count
            return (1...2).contains(count) && (numberStart == 0 || !addressWords.contains(scalars[numberStart - 1]))
        }
        guard position >= 3, scalars[position - 1] == "的", scalars[position - 2] == "岁" else { return false }
        return digits(ending: position - 2) { $0.isDigitLike || chineseNumerals.contains($0) } > 0
    }

    /// Whether the title chain that starts with `titles[first]` (joined by 、) is followed by
    /// 职务, naming someone's post (`…的县发展和改革局局长、党组书记职务`).
    /// - Complexity: O(t·c) for t titles and c titles in the chain.
    private static func namesPost(from first: Int, _ titles: [Candidate], _ scalars: [Unicode.Scalar]) -> Bool {
        var end = titles[first].range.end
        while end < scalars.count, scalars[end] == "、",
              let next = titles.filter({ $0.range.start == end + 1 }).map(\.range.end).max() {
            end = next
        }
        return end + 2 <= scalars.count && scalars[end] == "职" && scalars[end + 1] == "务"
    }

    /// The opening bracket before `titleStart`, with at most `longestPlaceInBrackets` Han
    /// characters (the post's place) between them.
    private static func openingBracket(before titleStart: Int, _ scalars: [Unicode.Scalar]) -> Int? {
        var position = titleStart - 1
        while position >= 0, titleStart - position <= longestPlaceInBrackets + 1 {
            if scalars[position].isOpeningBracket { return position }
            guard scalars[position].isHan else { return nil }
            position -= 1
        }
        return nil
    }

    /// The position of 为 before the body whose title starts at `titleStart`: the body ends with
    /// a body's last character and starts with a local level (县, 镇) or a place (横水), and only Han
    /// characters, at most `longestBodyAfterAppointment`, stand between (`为县公安局横水派出所` +
    /// `所长`).
    private static func appointmentBeforeBody(titleStart: Int, _ scan: ArticleScan) -> Int? {
        let scalars = scan.scalars
        guard titleStart >= 3, bodyLastScalars.contains(scalars[titleStart - 1]) else { return nil }
        var position = titleStart - 2
        while position >= 1, titleStart - position <= longestBodyAfterAppointment + 1, scalars[position].isHan {
            if scalars[position] == "为" {
                let bodyStart = position + 1
                let local = bodyLevels.contains(scalars[bodyStart]) || scan.hasMatch([.place, .countyStem], startingAt: bodyStart)
                return local ? position : nil
            }
            position -= 1
        }
        return nil
    }

    /// The longest body between 为 and the title that follows it (`县人民法院横水人民法庭`).
    private static let longestBodyAfterAppointment = 14

    /// The last characters of bodies' names (人民法庭, 派出所, 财政局, 治安大队, 人民医院, 果树站).
    private static let bodyLastScalars: ScalarSet = ["庭", "所", "局", "队", "院", "站", "室", "科", "股", "办", "心", "部", "委", "会", "校", "馆"]

    /// The levels a local body's name starts with (县人民法院, 镇政府).
    private static let bodyLevels: ScalarSet = ["县", "市", "区", "镇", "乡", "村"]

    /// The longest place between a bracket and the title of a post in it (`白家庄镇生地村`).
    private static let longestPlaceInBrackets = 8

    /// The one-character appointment words (relations.tsv `appoint`): right before a title they
    /// join a name to it (`王明任县委副书记`, `任命赵刚为局长`), so a name ends before them.
    static let appointmentScalars: ScalarSet = ["任", "为"]

    /// Characters that end a street's or building's name before its number.
    private static let addressWords: ScalarSet = ["路", "街", "巷", "道", "弄", "里", "村", "楼", "栋", "区"]

    /// The numbers of the ranks of go and chess players (初段 to 九段).
    private static let rankNumerals: ScalarSet = ["初", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

    /// Units of large numbers; 万 is a surname too.
    private static let numberUnits: ScalarSet = ["百", "千", "万", "亿"]

    /// Surnames that are also measure words (项, 张, 家, 位), the unit of a week (周) or a
    /// chapter (章): after a numeral or a quantifier (`countsSomething`) they count, and start no
    /// name (`各项决策`, `一张照片`, `这位老人`, `每周派出专家`, `共1402章正文`).
    private static let measureSurnames: ScalarSet = [
        "项", "张", "支", "家", "台", "门", "位", "名", "所", "户", "种", "把", "道", "次", "段", "盘", "周", "章",
    ]

    /// The scalars that count what follows them with a measure word: a digit, a Chinese numeral
    /// or a quantifier (`3家`, `两位`, `各项`, `每位`, `这张`, `几家`). A bit set: it is asked at
    /// every position.
    private static let countingScalars = ScalarSet { scalar in
        switch scalar {
        case "0"..."9", "０"..."９", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "两",
             "各", "每", "这", "那", "该", "此", "几", "多", "数":
            true
        default:
            false
        }
    }

    /// The characters of numbers written in Chinese (`六十`, `两`).
    private static let chineseNumerals: ScalarSet = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "两"]

    /// - Complexity: O(n + m + t) for n scalars, m lexical matches and t titles.
    init(scan: ArticleScan, titles: [Candidate]) {
        let n = scan.count
        var before = [Evidence](repeating: .none, count: n + 1)
        var after = [Evidence](repeating: .none, count: n + 1)
        var introduced = [Bool](repeating: false, count: n + 1)
        var afterRole = [Bool](repeating: false, count: n + 1)
        // Filled through buffers: one article's context is written several times per scalar.
        before.withUnsafeMutableBufferPointer { before in
            after.withUnsafeMutableBufferPointer { after in
                introduced.withUnsafeMutableBufferPointer { introduced in
                    afterRole.withUnsafeMutableBufferPointer { afterRole in
                        Self.fill(
                            before: before, after: after, introduced: introduced, afterRole: afterRole,
                            scan: scan, titles: titles
                        )
                    }
                }
            }
        }
        self.before = before
        self.after = after
        self.introduced = introduced
        self.afterRole = afterRole
    }

    /// Fills the four arrays of `init(scan:titles:)`, each of `scan.count + 1` elements.
    private static func fill(
        before: UnsafeMutableBufferPointer<Evidence>, after: UnsafeMutableBufferPointer<Evidence>,
        introduced: UnsafeMutableBufferPointer<Bool>, afterRole: UnsafeMutableBufferPointer<Bool>,
        scan: ArticleScan, titles: [Candidate]
    ) {
        let n = scan.count
        let scalars = scan.scalars
        func raise(_ array: UnsafeMutableBufferPointer<Evidence>, _ position: Int, _ evidence: Evidence) {
            if array[position] < evidence { array[position] = evidence }
        }
        // Raising is order-free: the words and titles first, then one pass over the positions
        // raises what each scalar says and applies what must come after every raise (a number's
        // unit, the carry over a space).
        // One-character adverbs that may pass a cue on, applied once every cue is raised.
        var bridges: [LexicalIndex.Match] = []
        // Words for what someone is, inside which no name starts, applied after every raise.
        var roleWords: [LexicalIndex.Match] = []
        for match in scan.index.matches {
            let role = scan.role(match)
            if match.end - match.start >= 2, Self.isClear(role) {
                raise(before, match.end, .clear)
                raise(after, match.start, .clear)
            }
            switch role {
            case .cueBefore:
                raise(before, match.end, .title)
                introduced[match.end] = true
            case .personRole:
                // Only the side of the name: 女子 of 女子曲棍球 ends no name.
                raise(before, match.end, .clear)
                afterRole[match.end] = true
                roleWords.append(match)
            case .cueAfter, .cueEnd:
                raise(after, match.start, .cue)
            case .joiner:
                raise(before, match.end, .boundary)
            case .nameContextBefore:
                raise(before, match.end, .boundary)
            case .nameContextAfter:
                raise(after, match.start, .boundary)
                if match.end - match.start == 1, scan.entry(match).flags.contains(.bridge) { bridges.append(match) }
            default:
                break
            }
        }
        // A one-character adverb between a name and its cue verb passes the cue on (`米尔斯还介绍说`,
        // `王明也表示`).
        for match in bridges where after[match.end] == .cue {
            raise(after, match.start, .cue)
        }
        for (index, title) in titles.enumerated() {
            raise(before, title.range.end, .title)
            raise(after, title.range.start, .title)
            // An appointment word before a title ends the name before it (`赵刚为县财政局局长`),
            // unless a cue follows the title: then the title is the name's (`张大为书记指出`).
            if title.range.start > 0, Self.appointmentScalars.contains(scalars[title.range.start - 1]), after[title.range.end] < .cue {
                raise(after, title.range.start - 1, .cue)
            }
            // So does one before the local body that the title follows, which joins them later
            // (`任命李向阳为县人民法院横水人民法庭庭长`).
            if let appointment = Self.appointmentBeforeBody(titleStart: title.range.start, scan), after[title.range.end] < .cue {
                raise(after, appointment, .cue)
            }
            // So does 的 before the titles of a post (`免去刘成功的县发展和改革局局长职务`).
            if title.range.start > 0, scalars[title.range.start - 1] == "的", Self.namesPost(from: index, titles, scalars) {
                raise(after, title.range.start - 1, .cue)
            }
            // A title in brackets after a name, the place of the post before it (`赵平安(白家庄镇
            // 生地村党支部书记)`), is the name's, as right after it; a reporter's credit is not
            // (`商报讯（记者崔吕萍）`).
            if !introduced[title.range.end], let bracket = Self.openingBracket(before: title.range.start, scalars) {
                raise(after, bracket, .title)
            }
        }
        var hasSpace = false
        let counting = Self.countingScalars
        // The text's edges read as line breaks: a line break says what an edge says, and
        // nothing more (no name character, no digit, no mark that carries anything over).
        let edge: Unicode.Scalar = "\n"
        for position in 0...n {
            let previous = position > 0 ? scalars[position - 1] : edge
            let current = position < n ? scalars[position] : edge
            if scan.nameMayStart[position] { raise(before, position, .boundary) }
            if scan.wordMayEnd[position] { raise(after, position, .boundary) }
            if !(previous.isNameScalar || previous.isDigitLike) { raise(before, position, .clear) }
            if !current.isNameScalar { raise(after, position, .clear) }
            // A shirt number of one or two digits (`9号萨莫拉诺`, `17号李明`, not `1128号`) and an
            // age (`62岁的张桂兰`, `六十岁的`) introduce a person like a role word.
            if position >= 2, previous == "号" || previous == "的", Self.followsNumber(position, in: scalars) {
                raise(before, position, .clear)
                afterRole[position] = true
            }
            if position + 1 < n {
                // A go or chess player's rank after the name (`邵炜刚八段`, `王磊六段`) is a title.
                if scalars[position + 1] == "段" && Self.rankNumerals.contains(current) { raise(after, position, .title) }
                // An author before the title of a work (`迟子建的《候鸟》`).
                if current == "的" && scalars[position + 1] == "《" { raise(after, position, .cue) }
            }
            // A number's unit after its digits (`119万册`) starts no name, nor does a measure word
            // after a number or a quantifier (`各项决策`, `3家企业`).
            if previous.isDigitLike, Self.numberUnits.contains(current) { before[position] = .none }
            if counting.contains(previous), Self.measureSurnames.contains(current) {
                before[position] = .none
            }
            // A space between a title and a name (`记者 张三`) carries the evidence over.
            if previous == " " {
                hasSpace = true
                raise(before, position, before[position - 1])
                if introduced[position - 1] { introduced[position] = true }
                if afterRole[position - 1] { afterRole[position] = true }
            }
            // A colon after a word that introduces a reporter (`编辑：张三`) carries it over too.
            if previous == "：" || previous == ":", introduced[position - 1] {
                raise(before, position, .title)
                introduced[position] = true
            }
            // A nickname in quotes that ends with a role word introduces the name after it
            // (`“亚洲球王”瓦塔纳`).
            if previous == "”", afterRole[position - 1] { afterRole[position] = true }
        }
        if hasSpace {
            for position in stride(from: n - 1, through: 0, by: -1) where scalars[position] == " " {
                raise(after, position, after[position + 1])
            }
        }
        // No name starts inside a word for what someone is (傅 of 老师傅陈博, whose 老师 is a
        // context word before names).
        for word in roleWords where word.end - word.start >= 2 {
            for position in word.start + 1..<word.end { before[position] = .none }
        }
    }
}
