import NewsGraphCore

/// Finds places: names from the gazetteers (`绛县`, `横水镇`, and with the national gazetteers
/// every town and village), and unknown names by suffix rule (`新庄村`, `绛北大峡谷景区`): a stem
/// between a left boundary and a place suffix.
///
/// A suffix inside a not-place word (`全县`, `美丽乡村`) or at the start of an office word
/// (`李翔县长`) makes no place; a stem must begin at a boundary (punctuation, a stop character, a
/// verb, a time word, another name) and have the rule's length, so `今年村` and `督促县` are none.
/// Towns and villages of the paper's own county (`--county`) win ties against other names.
struct PlaceRecognizer {
    /// Place candidates in `scan`.
    /// - Complexity: O(n·k) over the lexical matches.
    func candidates(in scan: ArticleScan) -> [Candidate] {
        var result: [Candidate] = []
        var divisions: [AdministrativeChains.Division] = []
        for match in scan.index.matches where match.role == .place || match.role == .placeSuffix || match.role == .countyStem {
            let entry = scan.entry(match)
            switch entry.role {
            case .countyStem:
                // A county's bare name ends a chain after its province (山西 + 闻喜), never starts one.
                divisions.append(.init(range: ScalarRange(match.start, match.end), type: .county))
            case .place:
                // 发展中国家 holds 中国 but names no place, nor does a county whose level begins a
                // level word (和 + 县级 of `各乡镇(街道)和县级部门`).
                guard !scan.isInsideNonPlaceWord(match.start, match.end), !isCutFromWords(match.start, match.end, scan),
                      !Self.endsInLevelWord(match, scan) else { continue }
                divisions.append(.init(range: ScalarRange(match.start, match.end), type: entry.placeType))
                result.append(Candidate(
                    range: ScalarRange(match.start, match.end), label: .place,
                    priority: Priority.gazetteerPlace, provenance: scan.resources.provenance(of: entry)
                ))
            case .placeSuffix:
                if let candidate = suffixPlace(match, entry, scan) { result.append(candidate) }
            default:
                break
            }
        }
        let gazetteer = scan.resources.gazetteer
        // A place of another county that starts inside one of the home county's and runs past
        // it is none, nor a village that starts inside a town: 陈村镇 + 北堡村 is no 镇北堡村.
        let keptMatches = scan.gazetteerMatches.filter { gazetteer.isHome($0.entry) || gazetteer.level($0.entry) == .town }
        func startsInsideHomePlace(_ match: Gazetteer.Match) -> Bool {
            guard !keptMatches.isEmpty, !gazetteer.isHome(match.entry) else { return false }
            let isVillage = gazetteer.level(match.entry) == .village
            return keptMatches.contains {
                $0.start < match.start && match.start < $0.end && $0.end < match.end
                    && (gazetteer.isHome($0.entry) || isVillage)
            }
        }
        for match in scan.gazetteerMatches
        where isPlausible(match, scan) && !Self.startsWithJoiner(match.start, scan) && !startsInsideHomePlace(match) {
            divisions.append(.init(range: ScalarRange(match.start, match.end), type: gazetteer.level(match.entry).placeType))
            result.append(Candidate(
                range: ScalarRange(match.start, match.end), label: .place,
                priority: gazetteer.isHome(match.entry) ? Priority.homePlace : Priority.gazetteerPlace,
                provenance: gazetteer.provenance(match.entry)
            ))
        }
        result += AdministrativeChains.candidates(divisions)
        return result + AddressPlaces.candidates(in: scan, places: result) + RoadPlaces.candidates(in: scan)
    }

    /// Whether the last character of a listed place begins a level word after it (县级, 市级,
    /// 省级): the level is the word's.
    private static func endsInLevelWord(_ match: LexicalIndex.Match, _ scan: ArticleScan) -> Bool {
        match.end < scan.count && scan.scalars[match.end] == "级"
    }

    /// A gazetteer name must not start with a stop character (在新庄村) unless it is a town after
    /// a break (`井店镇、更乐镇`, `在更乐镇`), take part of a word that cannot be in a name
    /// (持续[壮大村]集体经济, 完[善乡村]), or end inside a not-place word that is the name or
    /// runs past it ([良乡]村振兴).
    private func isPlausible(_ match: Gazetteer.Match, _ scan: ArticleScan) -> Bool {
        if scan.hasMatch(.stop, startingAt: match.start), !isTownAfterBreak(match, scan) { return false }
        if endsInNonPlaceWord(match, scan) { return false }
        let from = max(0, match.start - scan.resources.lexicon.longestTerm)
        var endsWithNotStem = false
        for position in from..<match.end {
            for word in scan.index.starting(at: position) where word.end > match.start && word.role == .notStem {
                // A not-stem word that ends the name with its level (虞[乡镇]) is part of it
                // where the name starts at a boundary.
                guard word.start > match.start, word.end == match.end else { return false }
                endsWithNotStem = true
            }
        }
        return !endsWithNotStem || startsAtBoundary(match, scan)
    }

    /// Whether `match` is a town (更乐镇, 和平乡) where a name may start (`startsAtBoundary`: after
    /// a punctuation mark, another stop character or another place): there its stop character is
    /// no particle.
    private func isTownAfterBreak(_ match: Gazetteer.Match, _ scan: ArticleScan) -> Bool {
        scan.resources.gazetteer.level(match.entry) == .town && startsAtBoundary(match, scan)
    }

    /// Whether a not-place word holds the last character of `match` and is the whole name or
    /// runs past it. One written inside the name is part of it (润[城镇], one of the 434 towns
    /// whose names end in 城镇) where the name starts at a boundary: the start of the text,
    /// punctuation, a stop character, a not-stem word (深入润城镇) or a place (天柱县凤城镇); elsewhere the word is more often
    /// used on its own (江南古镇, 上山下乡).
    private func endsInNonPlaceWord(_ match: Gazetteer.Match, _ scan: ArticleScan) -> Bool {
        let last = match.end - 1
        var insideOnly: Bool?
        for position in max(0, last - scan.resources.lexicon.longestTerm)...last where scan.hasMatch(.notPlace, startingAt: position) {
            for word in scan.index.starting(at: position) where word.end > last && scan.role(word) == .notPlace {
                if word.start <= match.start || word.end > match.end { return true }
                insideOnly = true
            }
        }
        return insideOnly != nil && !startsAtBoundary(match, scan)
    }

    /// Whether `match` starts where a name may start after running text: at the start of the
    /// text, after a character other than a Han one, a stop character, a not-stem word or a place,
    /// or before the organ or rank of an office it scopes (`现任辽城乡副乡长`, `虞乡镇党委书记`).
    private func startsAtBoundary(_ match: Gazetteer.Match, _ scan: ArticleScan) -> Bool {
        guard match.start > 0 else { return true }
        let before = scan.scalars[match.start - 1]
        return !before.isHan || scan.hasMatch([.stop, .notStem], endingAt: match.start)
            || scan.hasKnownPlace(endingAt: match.start, startingAfter: -1)
            || scan.hasMatch([.titleOrgan, .titleRank], startingAt: match.end)
    }

    /// Whether a listed place is cut out of the words around it: its first character ends a
    /// not-stem word begun before it (造[成县]域 ends 造成) or is a unit of time after a numeral
    /// (三[天全县] ends 三天), it starts with a joiner between
    /// two bodies (县文旅局[和县]发改局), or it is a joiner and one character between two words
    /// (工程[和县]城, 市委[和县]委).
    private func isCutFromWords(_ start: Int, _ end: Int, _ scan: ArticleScan) -> Bool {
        if Self.startsWithJoiner(start, scan) || Self.isJoinerBetweenWords(start, end, scan) { return true }
        if start > 0, Self.countsSomething(scan.scalars[start - 1]), Self.timeUnits.contains(scan.scalars[start]) { return true }
        let from = max(0, start - scan.resources.lexicon.longestTerm)
        for position in from..<start where scan.hasMatch(.notStem, startingAt: position) {
            if scan.matches(.notStem, startingAt: position).contains(where: { $0.end > start && $0.end < end }) { return true }
        }
        return false
    }

    /// Whether the two characters `start..<end` are a one-character joiner (和, 与, 及) and the
    /// first character of a word, with Han characters on both sides: the joiner links two words.
    static func isJoinerBetweenWords(_ start: Int, _ end: Int, _ scan: ArticleScan) -> Bool {
        guard end - start == 2, start > 0, end < scan.count, scan.scalars[start - 1].isHan, scan.scalars[end].isHan else {
            return false
        }
        return scan.index.starting(at: start).contains { $0.end == start + 1 && $0.role == .joiner }
    }

    /// Whether the place starts with a joiner right after a word (a body, a town, a name, a
    /// modal, a work's title), or with 会同 anywhere, and before a scope or organ: the joiner links two bodies or a person and a body
    /// (县文旅局和县发改局, 县发改局要会同县财政局, 镇长刘晓燕和县农业农村局), the place is none
    /// (公安处和田地区 keeps 和田; 安徽省和县 keeps 和县).
    static func startsWithJoiner(_ start: Int, _ scan: ArticleScan) -> Bool {
        joinerLength(at: start, scan) != nil
    }

    /// The length of the joiner between two bodies that starts at `start` (`startsWithJoiner`).
    static func joinerLength(at start: Int, _ scan: ArticleScan) -> Int? {
        // A work's closing mark ends a word too (《…方案》和县审计局).
        let afterWord = start > 0 && (scan.scalars[start - 1].isHan || scan.scalars[start - 1] == "》")
        // After a city, a province or a country the place is the county (安徽省和县).
        if afterWord, scan.hasKnownPlace(endingAt: start, startingAfter: -1), !endsTownOrVillage(at: start, scan) { return nil }
        // A joiner of one character links only after a word (，和县 is the county); the verb
        // 会同 also opens a clause (，会同公安、卫健部门), unless a listed place runs past it
        // (，会同县公安局).
        return Self.joiners.words.first { joiner in
            (afterWord || (joiner.count > 1 && !scan.matches(.place, startingAt: start).contains { $0.end > start + joiner.count }))
                && start + joiner.count < scan.count
                && scan.scalars[start..<start + joiner.count].elementsEqual(joiner)
                && scan.hasMatch(Self.bodyStarts, startingAt: start + joiner.count)
        }?.count
    }

    /// Whether a town or village ends at `end` (横水镇 of 横水镇和县住建局), whose bodies a
    /// joiner may join to the county's.
    private static func endsTownOrVillage(at end: Int, _ scan: ArticleScan) -> Bool {
        end > 0 && localLevels.contains(scan.scalars[end - 1]) && scan.hasKnownPlace(endingAt: end, startingAfter: -1)
    }

    /// Words that begin the name of a government body.
    private static let bodyStarts: LexRoleMask = [.titleScope, .titleOrgan]

    /// Words that join two bodies (县发改局会同县财政局), also where a place begins with them (会同县).
    private static let joiners = ScalarWords(["和", "与", "及", "会同"])

    /// The start of a stem ending at `end` that begins right after a town or village
    /// (禹王镇青龙 + 河 gives 青龙), or nil.
    private func afterLocalPlace(_ end: Int, maximum: Int, _ scan: ArticleScan) -> Int? {
        guard let start = scan.stemStart(endingAt: end, maximum: maximum), start > 0,
              Self.localLevels.contains(scan.scalars[start - 1]), scan.hasKnownPlace(endingAt: start, startingAfter: -1) else { return nil }
        return start
    }

    /// The start of a sight's stem ending at `end` that begins right after a word that says
    /// where (遥望 + 玉龙雪山, 登 + 青城山), when no other boundary lies within reach: the
    /// shortest stem of the rule's length made of Han characters with no stop, or nil.
    private func afterWhereCue(_ end: Int, minimum: Int, maximum: Int, _ scan: ArticleScan) -> Int? {
        var start = end
        while start > 1, end - start < maximum, scan.scalars[start - 1].isHan, !scan.hasMatch(.stop, startingAt: start - 1) {
            start -= 1
            if end - start >= minimum, WhereCues.endsWithCue(at: start, scan.scalars) { return start }
        }
        return nil
    }

    /// The start of a foreign name written in transliteration characters (`transliteration.tsv`)
    /// that ends at `end` and is longer than the rule's stem (博格里亚 + 湖, 塔比拉兰 + 镇): three to
    /// `longestTransliteration` such characters from a boundary or a word that says where, or nil.
    private func transliteratedStem(endingAt end: Int, _ scan: ArticleScan) -> Int? {
        var start = end
        while start > 0, end - start < Self.longestTransliteration, scan.resources.transliterationCharacters[scan.scalars[start - 1]] == true {
            start -= 1
        }
        // The name starts at the first boundary within the run (努曼 + 西亚 is cut at neither).
        while start <= end - Self.shortestTransliteration {
            if scan.nameMayStart[start] || scan.afterPlace[start] || WhereCues.endsWithCue(at: start, scan.scalars) { return start }
            start += 1
        }
        return nil
    }

    private static let shortestTransliteration = 3
    private static let longestTransliteration = 7

    /// The end of the last not-place or not-stem word that starts before `start` and ends
    /// inside the stem `start..<end`, or `start`.
    private func afterWordInto(_ start: Int, end: Int, _ scan: ArticleScan) -> Int {
        var result = start
        let from = max(0, start - scan.resources.lexicon.longestTerm)
        for position in from..<start where scan.hasMatch(Self.wordsBefore, startingAt: position) {
            for word in scan.index.starting(at: position) where word.end > result && word.end < end && Self.wordsBefore.bits & word.role.bit != 0 {
                result = word.end
            }
        }
        return result
    }

    private static let wordsBefore: LexRoleMask = [.notPlace, .notStem]

    /// One-character verbs and function words that begin no place name in a suffix rule's stem.
    private static let leadingWords: ScalarSet = [
        "去", "离", "因", "叫", "用", "使", "坐", "属", "次", "完", "种", "者", "被", "让", "给", "逛", "有", "跟", "沿", "往", "赴", "拿", "来", "受", "距", "像", "进", "经", "处", "游", "除",
    ]

    /// One-character verbs of going whose object a place suffix right after them is (来村, 进峡谷).
    private static let goingVerbs: ScalarSet = ["来", "去", "回", "进", "访", "逛", "到", "赴", "往", "入", "驻"]

    /// The last characters of towns and villages.
    private static let localLevels: ScalarSet = ["镇", "乡", "村"]

    /// Place, body and company suffixes.
    private static let suffixes: LexRoleMask = [.placeSuffix, .orgSuffix, .enterpriseSuffix]

    /// Listed places and words a suffix may begin, and then is no suffix.
    private static let longerWords: LexRoleMask = [.place, .notPlace, .notStem, .countyStem]

    /// A numeral, 两 and 几, which count only, or 余 and 多 after a number (300余名, 10多个).
    private static func countsSomething(_ scalar: Unicode.Scalar) -> Bool {
        Numeral.isNumeral(scalar) || scalar == "两" || scalar == "几" || scalar == "余" || scalar == "多"
    }

    /// Units of time that make a numeral before them a span (三天, 两年).
    private static let timeUnits: ScalarSet = ["天", "年", "月", "日", "周"]

    /// Measure words that make a numeral before them a count (一座, 两个, 一批, 一眼温泉).
    private static let measureWords: ScalarSet = ["座", "个", "片", "条", "处", "家", "所", "块", "只", "位", "名", "批", "大", "眼"]

    /// The end of the last known place written with its level (镇, 县 …) that starts at `start`
    /// or after a place so written, and ends by `limit`: 山西省 + 绛县 of 山西省绛县东华山.
    private static func afterLevelledPlace(from start: Int, to limit: Int, _ scan: ArticleScan) -> Int? {
        var found: Int?
        var position = start
        while let end = (position + 2...max(position + 2, limit)).reversed().first(where: { end in
            end <= limit && levelEnds.contains(scan.scalars[end - 1])
                && scan.earliestKnownPlaceStart(endingAt: end, startingIn: position..<position + 1) != nil
        }) {
            found = end
            position = end
        }
        return found
    }

    /// Words written right before a person's name: roles, titles and credits.
    private static let wordsBeforeNames: LexRoleMask = [.personRole, .titleOffice, .cueBefore]

    /// The last characters of places written with their administrative level.
    private static let levelEnds: ScalarSet = ["省", "市", "县", "区", "镇", "乡", "村"]

    private func suffixPlace(_ match: LexicalIndex.Match, _ entry: LexEntry, _ scan: ArticleScan) -> Candidate? {
        guard !scan.isInsideNonPlaceWord(match.start, match.end) else { return nil }
        // A suffix that begins an office word is the office after a name: 李翔县长 is 李翔 + 县长.
        guard !scan.matches(.titleOffice, startingAt: match.start).contains(where: { $0.end > match.end }) else { return nil }
        // Nor one that begins a listed place or word (河 of 河南省, 街 of 街道).
        guard !scan.hasMatch(Self.longerWords, startingAt: match.start) || !scan.index.starting(at: match.start).contains(where: {
            $0.end > match.end && Self.longerWords.bits & $0.role.bit != 0
        }) else { return nil }
        // A sight or venue keeps the place it is named after (中山公园, 苏州博物馆); an
        // administrative name stops at one (横水镇 新庄村 are two places).
        // A sight too long to take in the town or village before it starts after that place
        // (禹王镇 + 青龙河).
        let crossesPlaces = entry.placeType == .scenic || entry.placeType == .place
        guard let stem = scan.stemStart(endingAt: match.start, maximum: entry.maxStem, crossPlaces: crossesPlaces)
            ?? (crossesPlaces ? afterLocalPlace(match.start, maximum: entry.maxStem, scan) : nil)
            ?? (crossesPlaces ? afterWhereCue(match.start, minimum: entry.minStem, maximum: entry.maxStem, scan) : nil)
            ?? transliteratedStem(endingAt: match.start, scan) else { return nil }
        // A stem starts after a listed word that runs into it (西北[部] + 塔科马市 starts at 塔).
        var start = afterWordInto(stem, end: match.start, scan)
        // A one-character verb or function word before the name is no part of it (离 + 凯恩斯市,
        // 去 + 玉龙雪山), when the rest of the stem still has the rule's length.
        if match.start - start > entry.minStem, Self.leadingWords.contains(scan.scalars[start]) { start += 1 }
        // A count is no name: 一座山, 两个村, 两名村干部, 几个村, 300余名村干部; nor part of one
        // (一条 + 内河, but 五大连池 keeps its 大).
        if match.start - start >= 2, Self.countsSomething(scan.scalars[start]), Self.measureWords.contains(scan.scalars[start + 1]),
           match.start - start == 2 || scan.scalars[start + 1] != "大" {
            start += 2
        }
        // A sight's own name after a place written with its level (蟒河镇 + 蟒河景区, 绛县 +
        // 东华山景区) starts after that place: the place only locates it.
        if entry.placeType == .scenic, let named = Self.afterLevelledPlace(from: start, to: match.start - entry.minStem, scan) {
            start = named
        }
        let stemLength = match.start - start
        guard stemLength >= entry.minStem, !Self.startsWithJoiner(start, scan) else { return nil }
        // A sight's one-character suffix right after the same character starts a word about the
        // sight named before it (浍河 + 河堤, 华山 + 山顶), no second sight; a village may double
        // its level (陈村 + 村).
        guard entry.placeType != .scenic || match.end - match.start > 1 || scan.scalars[match.start - 1] != scan.scalars[match.start] else {
            return nil
        }
        // A stem that is one word naming no place names none before a one-character suffix
        // (全镇 + 山洪; 上山 + 遗址 is a site).
        guard match.end - match.start > 1 || !scan.matches(.notPlace, startingAt: start).contains(where: { $0.end == match.start }) else {
            return nil
        }
        // A verb of going right before the suffix takes it as its object: 专家来村, 准备去村,
        // 能回乡, 进峡谷, 逛古城 name no place.
        guard !Self.goingVerbs.contains(scan.scalars[match.start - 1]) else { return nil }
        // A sight's one-character suffix right before a village's level is part of the village's
        // name (乔寺村, 龙泉寺村), and a town or village and a one-character suffix is none: the suffix
        // begins the next name (磨里镇 + 峪口村).
        guard match.end - match.start > 1 || !crossesPlaces || match.end >= scan.count || !Self.localLevels.contains(scan.scalars[match.end]) else { return nil }
        guard match.end - match.start > 1 || !Self.localLevels.contains(scan.scalars[match.start - 1])
            || !scan.hasKnownPlace(endingAt: match.start, startingAfter: start - 1) else { return nil }
        // A word for who someone is right before a one-character suffix that is a surname
        // introduces a person (村民 + 谷丰年), not a place (but 画家 + 村 and 烈士 + 纪念馆 are).
        guard match.end - match.start > 1 || !scan.hasMatch(Self.wordsBeforeNames, endingAt: match.start)
            || !scan.hasMatch(.surname, startingAt: match.start) else { return nil }
        // A suffix flagged after-place names a place only right after a known one (上海市 + 虹口区, not 欧元区).
        if entry.flags.contains(.afterPlace), !scan.hasKnownPlace(endingAt: start, startingAfter: -1) { return nil }
        // A longer suffix ending here has its own rule: 中 + 美术馆 is no 中美术 + 馆 (a bare
        // 美术馆 still is a place).
        guard !scan.hasMatch(Self.suffixes, endingAt: match.end) || !scan.index.ending(at: match.end).contains(where: {
            $0.start < match.start && $0.start > start && Self.suffixes.bits & $0.role.bit != 0
        }) else { return nil }
        // A gazetteer name ending here is the place; the rule must not stretch it (富有绛县),
        // but for a village written right after its town (太阳乡 + 南柳营村, not 柳营村).
        let villageAfterPlace = entry.placeType == .village && start > 0 && scan.afterPlace[start]
        guard villageAfterPlace || !scan.hasKnownPlace(endingAt: match.end, startingAfter: start) else { return nil }
        return Candidate(
            range: ScalarRange(start, match.end), label: .place, priority: Priority.suffixPlace,
            provenance: "rule:place-suffix(\(scan.resources.provenance(of: entry)))"
        )
    }
}
