import NewsGraphCore

/// Units named inside a body: a body, a short stem and an organisation suffix make one body
/// (`联合国` + `禁毒` + `署`, `人民日报社` + `华闻影视` + `中心`, `波兰科学院` + `地球物理` +
/// `研究所`, `选拔领导小组` + `办公室`).
///
/// Suffixes flagged `after-body` (署, 局, 处, 中心, 办公室 …) name a unit only here; the other
/// organisation and company suffixes name one on their own too (`OrganizationRecognizer`) and
/// here extend the body before them. The stem between body and suffix has the suffix's length
/// (`after-body` suffixes: from their shortest stem; others: any up to their longest), holds no
/// stop, office, cue or verb (`not-stem` of `blocks.tsv`, but topic nouns may stand there), and
/// the suffix must not lie inside a listed word (干部, 部署, 格局).
/// Chains nest: `铁道部` + `十四局` + `三处`. A company named with its legal form has no units
/// here (`绛县城投水务有限公司` + `污水处理厂` is the company alone), while a bank's branch or
/// centre is one of its units (`招商银行` + `信用卡` + `中心`).
enum NestedBodies {
    /// Bodies and companies that extend `bodies` (every organisation and enterprise candidate so far).
    /// - Complexity: O(s·k) for s suffix matches and k the longest stem.
    static func candidates(in scan: ArticleScan, bodies: [Candidate]) -> [Candidate] {
        // `bodyStart[i]`: the earliest start of a body ending at i, or -1; `companyEnds[i]`: a
        // company ends at i.
        var bodyStart = [Int32](repeating: -1, count: scan.count + 1)
        var companyEnds = [Bool](repeating: false, count: scan.count + 1)
        func record(_ range: ScalarRange, _ label: Label) {
            let old = bodyStart[range.end]
            if old < 0 || Int(old) > range.start { bodyStart[range.end] = Int32(range.start) }
            if label == .enterprise { companyEnds[range.end] = true }
        }
        // A team in a fixture has no units (拜仁 + vs + 科 of 拜仁vs科特布斯).
        for body in bodies where (body.label == .org || body.label == .enterprise) && body.priority != Priority.team {
            record(body.range, body.label)
        }
        let placeStart = placeStarts(scan)
        var result: [Candidate] = []
        // The suffixes that may end a nested body.
        for match in scan.index.matches where match.role == .orgSuffix || match.role == .enterpriseSuffix {
            let entry = scan.entry(match)
            // Teams (队, 男篮) belong to places, not to bodies.
            let afterBody = entry.flags.contains(.afterBody)
            guard afterBody || !entry.flags.contains(.afterPlace) else { continue }
            let shortest = afterBody ? entry.minStem : 0
            var found = bodyBefore(match.start, shortest: shortest, longest: entry.maxStem, bodyStart, scan)
            // A unit flagged after-place also follows a place and a stem of two or more Han
            // characters (武汉市 + 国土房产 + 局, 香港 + 贸易发展 + 局; not 印度 + 签 + 署), and
            // takes in an organ that ends with it (房产局).
            let afterPlace = found == nil && afterBody && entry.flags.contains(.afterPlace)
            if afterPlace {
                found = bodyBefore(match.start, shortest: max(2, entry.minStem), longest: entry.maxStem, placeStart, scan, hanOnly: true)
            }
            guard let (start, stemStart) = found else { continue }
            // A company whose name starts with a place after a government body is no unit of it
            // (县经济开发区 + 山西晋华新能源科技有限公司; a bank's branch is: 中国银行 + 广东珠海 + 分行).
            if entry.role == .enterpriseSuffix, !afterPlace, !companyEnds[stemStart], startsWithPlace(stemStart, scan) { continue }
            // Not the middle or end of a listed word (干部, 部署, 部分), nor inside a place.
            guard !scan.isInsideNonPlaceWord(match.start, match.end),
                  afterPlace ? !crossesWord(match, scan) : !scan.isInsideWord(endingAfter: match.start),
                  !scan.isInsideWord(endingAfter: match.end), !cutsPlace(match, scan),
                  afterPlace || !endsListedBody(match, after: start, scan) else { continue }
            // A bureau's rank is no bureau: 乡局级, 局级干部.
            if afterPlace, match.end < scan.count, scan.scalars[match.end] == "级" { continue }
            // A unit of a company named with its legal form is none of its own: the company is
            // the name (绛县城投水务有限公司 + 污水处理厂, 山西翼丰果品有限公司 + 冷链仓储中心).
            if companyEnds[stemStart], endsWithCompany(stemStart, scan.scalars) { continue }
            // A unit of a company is part of the company (招商银行 + 信用卡 + 中心).
            let label: Label = entry.role == .orgSuffix && !companyEnds[stemStart] ? .org : .enterprise
            let range = ScalarRange(start, match.end)
            record(range, label)
            result.append(Candidate(
                range: range, label: label, priority: label == .enterprise ? Priority.enterprise : Priority.suffixOrg,
                provenance: "rule:nested-body(\(scan.resources.provenance(of: entry)))"
            ))
        }
        return result
    }

    /// Whether the text before `end` ends with 公司 (a company named with its legal form).
    private static func endsWithCompany(_ end: Int, _ scalars: [Unicode.Scalar]) -> Bool {
        end >= 2 && scalars[end - 2] == "公" && scalars[end - 1] == "司"
    }

    /// `placeStarts[i]`: the earliest start of a known place ending at i, run on over the places
    /// written right before it (湖北省 + 武汉市), or -1. A scope word stands for its place (国家 +
    /// 文物 + 局), one of one character only where a name may start (，省 + 文物 + 局; not 城市 + 管理 + 局).
    private static func placeStarts(_ scan: ArticleScan) -> [Int32] {
        var places: [(start: Int, end: Int)] = scan.gazetteerMatches.filter { !PlaceRecognizer.startsWithJoiner($0.start, scan) }.map { ($0.start, $0.end) }
        for match in scan.index.matches
        where match.role == .place || (match.role == .titleScope && (match.end - match.start > 1 || scan.nameMayStart[match.start])) {
            guard !scan.isInsideNonPlaceWord(match.start, match.end), !PlaceRecognizer.startsWithJoiner(match.start, scan) else { continue }
            places.append((match.start, match.end))
        }
        // By start, so that a place written before another is recorded first.
        places.sort { $0.start < $1.start }
        var starts = [Int32](repeating: -1, count: scan.count + 1)
        for place in places {
            let first = starts[place.start] >= 0 ? starts[place.start] : Int32(place.start)
            if starts[place.end] < 0 || starts[place.end] > first { starts[place.end] = first }
        }
        return starts
    }

    /// Whether a listed word runs across the start of `suffix`, other than an organ that ends
    /// with it (房产局 of 国土房产局: the organ is the unit's end; 部署 is no 署).
    private static func crossesWord(_ suffix: LexicalIndex.Match, _ scan: ArticleScan) -> Bool {
        let from = max(0, suffix.start - scan.resources.lexicon.longestTerm + 1)
        for start in from..<suffix.start where scan.hasMatch(crossingRoles, startingAt: start) {
            for word in scan.index.starting(at: start) where word.end > suffix.start && crossingRoles.bits & word.role.bit != 0 {
                if word.role == .titleOrgan && word.end == suffix.end { continue }
                return true
            }
        }
        return false
    }

    /// The roles of words a unit's suffix cannot start inside (as `ArticleScan.isInsideWord`).
    private static let crossingRoles: LexRoleMask = [.notStem, .notPlace, .titleOrgan, .titleOffice, .orgSuffix, .enterpriseSuffix]

    /// Whether a listed or gazetteer place starts at `position`.
    private static func startsWithPlace(_ position: Int, _ scan: ArticleScan) -> Bool {
        scan.hasMatch(.place, startingAt: position) || scan.gazetteerMatches.contains { $0.start == position }
    }

    /// Whether a place runs into the suffix from before it (the 科 of 新华社莫斯科).
    private static func cutsPlace(_ suffix: LexicalIndex.Match, _ scan: ArticleScan) -> Bool {
        (suffix.start + 1...suffix.end).contains { end in
            scan.hasMatch(.place, endingAt: end) && scan.matches(.place, endingAt: end).contains { $0.start < suffix.start }
        }
    }

    /// Whether an organ or a body known by name ends with the suffix and starts inside the stem:
    /// a body of its own, not a unit (对外贸易经济合作部 and 外交部 in …合作部经商外交部).
    private static func endsListedBody(_ suffix: LexicalIndex.Match, after start: Int, _ scan: ArticleScan) -> Bool {
        scan.hasMatch(listedBodies, endingAt: suffix.end) && scan.index.ending(at: suffix.end).contains {
            $0.start > start && $0.start < suffix.start && listedBodies.bits & scan.role($0).bit != 0
        }
    }

    /// Organs and bodies known by name.
    private static let listedBodies: LexRoleMask = [.titleOrgan, .orgName, .enterpriseName]

    /// The start of the nearest body ending between `longest` and `shortest` characters before
    /// `suffix`, with no boundary between them; nil when there is none.
    /// - Parameter hanOnly: the stem holds only Han characters (after a place) and may hold a
    ///   field word listed as a rank (省 + 文物 + 局).
    private static func bodyBefore(
        _ suffix: Int, shortest: Int, longest: Int, _ bodyStart: [Int32], _ scan: ArticleScan, hanOnly: Bool = false
    ) -> (start: Int, stemStart: Int)? {
        var end = suffix
        while end >= 0, suffix - end <= longest {
            if suffix - end >= shortest, bodyStart[end] >= 0, Int(bodyStart[end]) < end { return (Int(bodyStart[end]), end) }
            // A county or city in the stem stands whole, whatever words its characters make (国网
            // + 永和县 + 供电公司: 和 joins nothing there, 长 of 长子县 is no office).
            if !hanOnly, end > 0, divisionLevels.contains(scan.scalars[end - 1]),
               let place = scan.earliestKnownPlaceStart(endingAt: end), place < end - 1, suffix - place <= longest,
               !PlaceRecognizer.startsWithJoiner(place, scan) {
                end = place
                continue
            }
            guard end > 0, mayStandInside(end, scan, breaks: hanOnly ? stemBreaksAfterPlace : stemBreaks) else { return nil }
            if hanOnly, !scan.scalars[end - 1].isHan { return nil }
            end -= 1
        }
        return nil
    }

    /// Whether the character before `position` may stand inside a stem running across it: a Han
    /// character, digit or letter, with no stop, office, cue, joiner or not-stem word ending at
    /// `position` (联合国秘书长 is no unit's stem, nor 县人民医院 + 先后建成胸痛 + 中心). Topic
    /// nouns may (联合国 + 环境规划 + 署).
    private static func mayStandInside(_ position: Int, _ scan: ArticleScan, breaks: LexRoleMask) -> Bool {
        let scalar = scan.scalars[position - 1]
        guard scalar.isHan || scalar.isDigitLike || scalar.properties.isAlphabetic else { return false }
        return !scan.hasMatch(breaks, endingAt: position) && !endsVerb(at: position, scan)
    }

    /// Whether a not-stem word that is no topic noun (建成, 邀请, 先后) ends at `position`.
    private static func endsVerb(at position: Int, _ scan: ArticleScan) -> Bool {
        scan.hasMatch(.notStem, endingAt: position)
            && scan.matches(.notStem, endingAt: position).contains { !scan.entry($0).flags.contains(.topic) }
    }

    /// The last characters of the counties and cities a stem takes whole.
    private static let divisionLevels: ScalarSet = ["县", "市", "区", "旗", "州"]

    /// Words that cannot stand inside a unit's stem.
    private static let stemBreaks: LexRoleMask = [
        .titleOffice, .titleRank, .cueAfter, .cueBefore, .cueEnd, .joiner, .stop, .meetingTrigger,
    ]

    /// Words that cannot stand inside the stem of a unit after a place.
    private static let stemBreaksAfterPlace: LexRoleMask = [.titleOffice, .cueAfter, .cueBefore, .cueEnd, .joiner, .stop, .meetingTrigger]
}
