import NewsGraphCore

/// Finds organisations and enterprises: known names (`orgs_*.tsv`: `联合国`, `新华社`) and names
/// by suffix (`聚能科技有限公司`, `中信机电供电公司`, `绛县中学`, `广州松日队`): a stem from a left
/// boundary to an organisation suffix.
///
/// The stem runs across places (`磨里镇卫生院`) but starts at the last place inside it
/// (`应[中国人民外交学会]`, `中国女队战胜[印尼队]`), never with a count of companies (`两家公司`). Suffixes flagged
/// `after-place` need a place to start the stem (`中国队`); those flagged `needs-name` need a name
/// beyond a place and trade words (not `美国公司`, `保险公司`). Government bodies built from scopes
/// and organs (`县审计局`) come from `TitleRecognizer`.
struct OrganizationRecognizer {
    /// Organisation and enterprise candidates in `scan`.
    /// - Complexity: O(m·k) over the m lexical matches, k the longest stem.
    func candidates(in scan: ArticleScan) -> [Candidate] {
        var result: [Candidate] = []
        for match in scan.index.matches where Self.roles.bits & match.role.bit != 0 {
            let entry = scan.entry(match)
            switch entry.role {
            case .orgName, .enterpriseName:
                // A name inside a word that names nothing is none (共产党 of 共产党员), nor is a
                // name of two characters whose first ends a word that names nothing or stands
                // before names (中超 of 其中超过, 民建 of 村民建档案).
                guard !scan.isInsideNonPlaceWord(match.start, match.end), !Self.startsInsideWord(match, scan),
                      !Self.splitsLatinWord(match, scan) else { continue }
                let label: Label = entry.role == .orgName ? .org : .enterprise
                result.append(Candidate(
                    range: ScalarRange(match.start, match.end), label: label, priority: Priority.knownOrg,
                    provenance: scan.resources.provenance(of: entry)
                ))
            case .orgSuffix, .enterpriseSuffix:
                if let candidate = suffixName(match, entry, scan) { result.append(candidate) }
            default:
                continue
            }
        }
        result += ParenthesizedSeats.candidates(in: scan, companies: result)
        return result + FixtureTeams().candidates(in: scan) + ResultTeams.candidates(in: scan) + SportsClauseTeams.candidates(in: scan)
            + AbbreviationLists.candidates(in: scan) + MergedBureaus.candidates(in: scan)
    }

    /// Whether `match` is two characters long and a not-place, context-before or trade word
    /// (村民, 其中, 加工) ends on its first one (民建 of 村民建档案, 工行 of 加工行业).
    private static func startsInsideWord(_ match: LexicalIndex.Match, _ scan: ArticleScan) -> Bool {
        match.end - match.start == 2 && scan.hasMatch(wordsBeforeNames, endingAt: match.start + 1)
            && scan.index.ending(at: match.start + 1).contains { $0.start < match.start && wordsBeforeNames.bits & $0.role.bit != 0 }
    }

    /// Whether a name that starts or ends with a Latin letter (or digit) continues a run of
    /// letters (or digits) (`IBM` of `IBMer`; not `沙尔克04` of `沙尔克04vs`).
    private static func splitsLatinWord(_ match: LexicalIndex.Match, _ scan: ArticleScan) -> Bool {
        func sameRun(_ left: Int, _ right: Int) -> Bool {
            guard left >= 0, right < scan.count else { return false }
            let (a, b) = (scan.scalars[left], scan.scalars[right])
            return (a.isASCIILetter && b.isASCIILetter) || (a.isDigitLike && b.isDigitLike)
        }
        return sameRun(match.start - 1, match.start) || sameRun(match.end - 1, match.end)
    }

    /// The roles of the words `startsInsideWord` looks for.
    private static let wordsBeforeNames: LexRoleMask = [.notPlace, .nameContextBefore, .industry]

    /// The roles of the matches that make candidates here (the others are skipped unread).
    private static let roles: LexRoleMask = [.orgName, .enterpriseName, .orgSuffix, .enterpriseSuffix]

    private func suffixName(_ match: LexicalIndex.Match, _ entry: LexEntry, _ scan: ArticleScan) -> Candidate? {
        let label: Label = entry.role == .orgSuffix ? .org : .enterprise
        // A unit's suffix names a unit only after its body (NestedBodies: 联合国禁毒署).
        guard !entry.flags.contains(.afterBody) else { return nil }
        // A suffix inside a word that names nothing makes no body (大学生, 很多工厂).
        guard !scan.isInsideNonPlaceWord(match.start, match.end) else { return nil }
        // Nor one that ends inside an office word where a shorter body ends right before that
        // office: 绛县中学 + 校长, not 绛县中学校 + 长.
        guard !endsInsideOffice(match.end, scan) else { return nil }
        // A suffix after 两 counts bodies: 两队, 两校.
        guard match.start == 0 || scan.scalars[match.start - 1] != "两" else { return nil }
        // A body or company known by name that ends here is that name, with the places written
        // right before it (上周[交通银行], [中国][招商银行]); the rule must not stretch it.
        if let known = knownNameStart(endingAt: match.end, before: match.start, scan) {
            let start = known > 0 ? outermost(known, match.end, from: max(0, known - entry.maxStem), scan, placesBefore: true) : known
            guard start < known else { return nil }
            return candidate(start, match, entry, label, scan)
        }
        let reach = max(0, match.start - entry.maxStem)
        // Without a boundary in reach, a place in reach starts the name (在杜塞尔多夫战胜[捷克队]).
        guard var start = scan.bodyStemStart(endingAt: match.start, maximum: entry.maxStem)
            ?? lastPlace(in: reach..<match.start, scan)?.start else {
            return nil
        }
        // A name known as a whole that the boundary cuts (华为: 为 is a stop) stays whole, and
        // the stem runs on before it (深圳华为公司).
        if let known = knownNameStart(covering: start, before: match.start, scan) {
            start = scan.bodyStemStart(endingAt: known, maximum: entry.maxStem - (match.start - known)) ?? known
        }
        start = afterCount(from: start, to: match.start, scan.scalars)
        start = afterVerbBeforeLevel(from: start, to: match.start, scan.scalars)
        if label == .enterprise, let before = placeBeforeTrades(start, scan) ?? placeBeforeJoinedBrand(start, match.start, scan) {
            start = before
        }
        var place = lastPlace(in: start..<match.start, scan)
        // A county whose name is a joiner and a level between two words is the joiner
        // (项目和县特殊教育学校): the name starts after it, with the level.
        if let found = place, PlaceRecognizer.isJoinerBetweenWords(found.start, found.end, scan) {
            place = nil
            start = found.start + 1
        }
        if let place { start = place.start } else if entry.flags.contains(.afterPlace) { return nil }
        if let place, Self.isLocalTeam(of: place, before: match, scan.scalars) { return nil }
        // A joiner after another body starts no name (县人民医院 + 和 + 县中医院, not 和县).
        if let joiner = PlaceRecognizer.joinerLength(at: start, scan) {
            start += joiner
            if let found = place, found.start < start { place = nil }
        }
        guard match.start - start >= entry.minStem || isLevelOnly(start..<match.start, scan),
              scan.scalars[start..<match.start].contains(where: \.isHan) else { return nil }
        // A stem that is one word naming no place is a kind of body, not a name (农村学校, 县级医院);
        // kinds of companies are named so (农村信用社).
        if label == .org, place == nil, scan.matches(.notPlace, startingAt: start).contains(where: { $0.end == match.start }) { return nil }
        if entry.flags.contains(.needsName), !hasName(from: place?.end ?? start, to: match.start, afterPlace: place != nil, scan) {
            return nil
        }
        return candidate(start, match, entry, label, scan)
    }

    /// Whether a team (a suffix in 队) is a village's, town's or community's (`沸泉村队`,
    /// `古绛镇东关村舞蹈队`, `常村社区队`): its stem starts with a place and ends in 村, 镇, 乡 or
    /// 社区, or in one of them and two characters (the team's activity). County news names the
    /// place, which the golds count, and no body.
    private static func isLocalTeam(of place: (start: Int, end: Int), before suffix: LexicalIndex.Match, _ scalars: [Unicode.Scalar]) -> Bool {
        guard scalars[suffix.end - 1] == "队" else { return false }
        func endsLevel(_ last: Int) -> Bool {
            guard last >= place.start, last + 1 >= place.end else { return false }
            if localLevels.contains(scalars[last]) { return true }
            return last > place.start && scalars[last - 1] == "社" && scalars[last] == "区"
        }
        return endsLevel(suffix.start - 1) || endsLevel(suffix.start - 3)
    }

    /// The levels of the places whose teams name no body.
    private static let localLevels: ScalarSet = ["村", "镇", "乡"]

    private func candidate(_ start: Int, _ match: LexicalIndex.Match, _ entry: LexEntry, _ label: Label, _ scan: ArticleScan) -> Candidate {
        Candidate(
            range: ScalarRange(start, match.end), label: label,
            priority: label == .enterprise ? Priority.enterprise : Priority.suffixOrg,
            provenance: "rule:\(label == .enterprise ? "enterprise" : "org")-suffix(\(scan.resources.provenance(of: entry)))"
        )
    }

    /// The earliest start of a body or company known by name that ends at `end` and starts before
    /// `suffixStart` (交通银行 for the suffix 银行).
    private func knownNameStart(endingAt end: Int, before suffixStart: Int, _ scan: ArticleScan) -> Int? {
        guard scan.hasMatch(Self.knownBodies, endingAt: end) else { return nil }
        return scan.index.ending(at: end).filter { $0.start < suffixStart && Self.knownBodies.bits & $0.role.bit != 0 }.map(\.start).min()
    }

    private static let knownBodies: LexRoleMask = [.orgName, .enterpriseName]

    /// Whether an office word starts before `end` and runs past it, right after the end of
    /// another body suffix, unless a word runs on across the office's end (校长 across the end
    /// of 学校, after 中学; not 院长 of 社科院长江).
    private func endsInsideOffice(_ end: Int, _ scan: ArticleScan) -> Bool {
        guard end < scan.count else { return false }
        for start in max(0, end - 2)..<end where scan.hasMatch(.titleOffice, startingAt: start)
            && scan.hasMatch(Self.bodySuffixes, endingAt: start) {
            for office in scan.matches(.titleOffice, startingAt: start) where office.end > end && !isCut(office, scan) {
                return true
            }
        }
        return false
    }

    /// Whether a listed word starts inside `word` and runs past its end (长江 across 院长); a
    /// surname or a word that only keeps names out does not cut it (长孙 across 校长 of
    /// `中学校长孙鹏飞`).
    private func isCut(_ word: LexicalIndex.Match, _ scan: ArticleScan) -> Bool {
        (word.start + 1..<word.end).contains { position in
            scan.index.starting(at: position).contains {
                $0.end > word.end && scan.role($0) != .surname && scan.role($0) != .notName
            }
        }
    }

    private static let bodySuffixes: LexRoleMask = [.orgSuffix, .enterpriseSuffix]

    /// Whether a stem is a local level alone, the county's or a city's own body
    /// (`县` + `疾病预防控制中心`, `市` + `妇幼保健院`), which a shortest stem of two would refuse.
    private func isLevelOnly(_ stem: Range<Int>, _ scan: ArticleScan) -> Bool {
        stem.count == 1 && Self.levels.contains(scan.scalars[stem.lowerBound])
    }

    /// The levels a county paper writes its own bodies with.
    private static let levels: ScalarSet = ["县", "市", "区", "镇", "乡"]

    /// Where a stem starts once a leading count (`两家`, `35家`, `40余家`, `数十家`, `一批`, `一名`) or term (`新一届`) is dropped.
    private func afterCount(from start: Int, to end: Int, _ s: [Unicode.Scalar]) -> Int {
        var position = end - 1
        while position > start {
            if Self.countMeasures.contains(s[position]), Self.isCount(s[position - 1]) {
                return position + 1
            }
            position -= 1
        }
        return start
    }

    /// Where a stem starts once an appointment (`任命孟宪华为` + `县人民法院审判委员会`), a body
    /// joining another (`县人民医院联合` + `县妇幼保健院`) or a verb of setting up or sending
    /// (`设` + `县第一中学`, `转送` + `县人民医院`) is dropped: a body of the county, a city or a town
    /// written right after 为, 联合, 设 or 送 is named from its level on.
    private func afterVerbBeforeLevel(from start: Int, to end: Int, _ s: [Unicode.Scalar]) -> Int {
        var position = end - 2
        while position >= start {
            let joins = Self.verbsBeforeLevels.contains(s[position]) || (s[position] == "合" && position > start && s[position - 1] == "联")
            if joins, Self.levels.contains(s[position + 1]) { return position + 1 }
            position -= 1
        }
        return start
    }

    /// One-character verbs after which a body's name starts at its level (为县, 设县, 送县).
    private static let verbsBeforeLevels: ScalarSet = ["为", "设", "送"]

    /// Measure words after a count before a body's name (两家, 一名, 首届).
    private static let countMeasures: ScalarSet = ["家", "个", "届", "批", "名"]

    private static func isCount(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isDigitLike || Numeral.isNumeral(scalar) || "两几数多余百千万".unicodeScalars.contains(scalar)
    }

    /// The start of the place before the trade words that end right at a company stem's
    /// `start`, the stem having stopped at one of them: 夏县 + 文旅 + 投资 + 开发有限公司 is one
    /// company, whose name starts at the county. Nil when no place ends the run of trade words.
    private func placeBeforeTrades(_ start: Int, _ scan: ArticleScan) -> Int? {
        var position = start
        while position > 0, let trade = scan.matches(.industry, endingAt: position).min(by: { $0.start < $1.start }) {
            position = trade.start
        }
        guard position < start else { return nil }
        return scan.earliestKnownPlaceStart(endingAt: position)
    }

    /// The start of the place before a name that holds the joiner 和, where the stem stopped at
    /// it: a county whose name begins with 和, after its province (山西 + 和顺 + 永兴煤业有限公司),
    /// or a brand of one or two characters after a place, when what follows 和 up to
    /// `suffixStart` is trade words only, which name no company alone (绛县 + 泰和 + 热力有限公司).
    private func placeBeforeJoinedBrand(_ start: Int, _ suffixStart: Int, _ scan: ArticleScan) -> Int? {
        guard start >= 2, scan.scalars[start - 1] == "和" else { return nil }
        if scan.hasMatch(.countyStem, startingAt: start - 1), let province = scan.earliestKnownPlaceStart(endingAt: start - 1) {
            return province
        }
        guard !scan.hasOwnName(from: start, to: suffixStart) else { return nil }
        for brandLength in 1...2 {
            let placeEnd = start - 1 - brandLength
            guard placeEnd > 0, scan.scalars[placeEnd..<start - 1].allSatisfy(\.isHan) else { return nil }
            if let place = scan.earliestKnownPlaceStart(endingAt: placeEnd) { return place }
        }
        return nil
    }

    /// The last gazetteer place to start wholly inside `range`, or the earliest place in `range`
    /// that ends where it ends and so holds it (马来西亚, not the 西亚 inside it), or one that
    /// starts the stem and runs into it ([山西]北方, not 山[西北]方).
    private func lastPlace(in range: Range<Int>, _ scan: ArticleScan) -> (start: Int, end: Int)? {
        for position in range.reversed() {
            if let place = scan.index.starting(at: position).last(where: { $0.role == .place && $0.end <= range.upperBound }) {
                return outermost(overlapping(place.start, place.end, from: range.lowerBound, scan), from: range.lowerBound, scan)
            }
            if let place = scan.gazetteerMatches.first(where: { $0.start == position && $0.end <= range.upperBound }) {
                return outermost(overlapping(place.start, place.end, from: range.lowerBound, scan), from: range.lowerBound, scan)
            }
        }
        return nil
    }

    /// The place that starts right at the stem's start `from`, where a name may start, and ends
    /// inside `start..<end` (、山西 of 山西北方), or `start..<end` itself (杨秀华北京 keeps 北京).
    private func overlapping(_ start: Int, _ end: Int, from: Int, _ scan: ArticleScan) -> (start: Int, end: Int) {
        guard start > from, from == 0 || scan.nameMayStart[from] else { return (start, end) }
        for position in start + 1..<end where scan.earliestKnownPlaceStart(endingAt: position, startingIn: from..<from + 1) != nil {
            return (from, position)
        }
        return (start, end)
    }

    private func outermost(_ place: (start: Int, end: Int), from: Int, _ scan: ArticleScan) -> (start: Int, end: Int) {
        outermost(place.start, place.end, from: from, scan)
    }

    /// The place ending at `end` that starts earliest, run on over the places written right
    /// before it: 山西 + 绛县 is one address (山西绛县晋南钢铁有限公司).
    private func outermost(_ start: Int, _ end: Int, from: Int, _ scan: ArticleScan) -> (start: Int, end: Int) {
        (outermost(start, end, from: from, scan, placesBefore: false), end)
    }

    /// The start of the places run on before `start` (`placesBefore`), or of the earliest place
    /// ending at `end` and the places before it; never over a town or village before a county,
    /// which is where the company stands, not part of its name (郭家庄镇 + 闻喜县金泰建材有限公司).
    private func outermost(_ start: Int, _ end: Int, from: Int, _ scan: ArticleScan, placesBefore: Bool) -> Int {
        var first = placesBefore ? start : scan.earliestKnownPlaceStart(endingAt: end, startingIn: from..<start) ?? start
        var levelOfFirst = placesBefore ? nil : scan.scalars[end - 1]
        while first > from, let before = scan.earliestKnownPlaceStart(endingAt: first, startingIn: from..<first) {
            if Self.townLevels.contains(scan.scalars[first - 1]), let level = levelOfFirst, Self.countyLevels.contains(level) { break }
            levelOfFirst = scan.scalars[first - 1]
            first = before
        }
        return first
    }

    /// The levels of towns and villages, and of counties and the divisions above them, written
    /// last in their names.
    private static let townLevels: ScalarSet = ["镇", "乡", "村"]
    private static let countyLevels: ScalarSet = ["县", "市", "区", "旗", "省"]

    /// The start of a body, company or place known by name that runs across or up to `position` within
    /// the stem (华为 of 深圳华为公司, whose 为 is a stop character).
    private func knownNameStart(covering position: Int, before end: Int, _ scan: ArticleScan) -> Int? {
        let earliest = max(0, position - scan.resources.lexicon.longestTerm)
        for start in earliest..<position where scan.hasMatch(Self.knownNames, startingAt: start) {
            if scan.index.starting(at: start).contains(where: { $0.end >= position && $0.end <= end && Self.knownNames.bits & scan.role($0).bit != 0 }) {
                return start
            }
        }
        return nil
    }

    /// Roles of names known as a whole.
    private static let knownNames: LexRoleMask = [.orgName, .enterpriseName, .place]

    /// Whether `from..<to` names a company: after a place any word does (`阿根廷航空公司`);
    /// otherwise two characters that are not trade words (`聚能科技`, not `保险`).
    private func hasName(from: Int, to: Int, afterPlace: Bool, _ scan: ArticleScan) -> Bool {
        afterPlace ? to > from : scan.hasOwnName(from: from, to: to)
    }
}
