import NewsGraphCore

/// Parses titles with the grammar `[scope] organ* [rank] office` and government bodies with
/// `[scope] organ+`, over the parts listed in `titles.tsv`.
///
/// `县委副书记` = 县委 (organ) + 副 (rank) + 书记 (office); `横水镇党委书记` = 横水镇 (a place
/// as scope) + 党委 + 书记; `县审计局` = 县 (scope) + 审计局 (organ), not followed by an office,
/// so an organisation. Each title of a chain (`县委常委、副县长`) is its own span. An office
/// alone (`主任`) is proposed with `needsPerson`: it stays only next to a person.
struct TitleRecognizer {
    /// What a parse from one start position reached. The parts of each span are named by the
    /// last of them in `ParseWork.parts`, and spelled out only for the spans kept.
    private struct Reach {
        var titleEnd: Int?
        var titleNeedsPerson = true
        var titleParts: Int32 = -1
        var titleIsCalling = false
        var orgEnd: Int?
        var orgParts: Int32 = -1
    }

    /// Title and government-body candidates in `scan`; `places` are place candidates, usable as scopes.
    /// - Complexity: O(n·p) for p parts reachable from a position (bounded by the grammar).
    func candidates(in scan: ArticleScan, places: [Candidate]) -> [Candidate] {
        // `insidePlace[i]`: a place runs across i (the 县 of 绛县 is no scope of its own).
        var insidePlace = [Bool](repeating: false, count: scan.count + 1)
        // A place that starts with the joiner of a chain is none here (和县 of 副主任和县政协副主席),
        // nor is an address (府前路8号 + 县委组织部).
        let scopes = places.filter { !TitleContext.joinsTitles(at: $0.range.start, scan) && $0.provenance != AddressPlaces.provenance }
        for place in scopes {
            for position in place.range.start + 1..<place.range.end { insidePlace[position] = true }
        }
        // The scopes by start, those of one start in input order; a cursor follows the starts.
        let placeOrder = scopes.indices.sorted { (scopes[$0].range.start, $0) < (scopes[$1].range.start, $1) }
        let placeStarts = placeOrder.map { scopes[$0].range.start }
        let placeEnds = placeOrder.map { scopes[$0].range.end }
        var nextPlace = 0
        let insideWorkName = scan.insideWorkName
        let knownBodyEnds = TitleContext.knownBodyEnds(scan)
        var result: [Candidate] = []
        var work = ParseWork()
        let partRoles = Self.partRoles
        var bylineCreditEnd = 0
        for start in 0..<scan.count {
            let firstPlace = nextPlace
            while nextPlace < placeStarts.count, placeStarts[nextPlace] == start { nextPlace += 1 }
            guard nextPlace > firstPlace || scan.hasMatch(partRoles, startingAt: start), start >= bylineCreditEnd else { continue }
            let reach = parse(
                from: start, scan: scan, placeEnds: placeEnds[firstPlace..<nextPlace], insidePlace: insidePlace[start],
                insideKnownBodyUntil: knownBodyEnds[start], work: &work
            )
            // The party's name before a place heads that place's committee (中共 + 林州市委宣传部,
            // 共青团 + 秭归县委书记): the body and the office are its.
            let partyStart = nextPlace > firstPlace ? start - Self.partyNameLength(before: start, scan) : start
            // The credit of a byline set apart (`记者 张三`, `县融媒体中心记者 温馨`) names no one's
            // position, nor its body or any part of it an actor.
            if let end = reach.titleEnd, BylineCredits.isCredit(from: start, to: end, scan) {
                bylineCreditEnd = end
                continue
            }
            // A title inside the name of a work (《汽车驾驶员》) names no one's position either.
            if let end = reach.titleEnd, !insideWorkName[start] {
                var candidate = Candidate(
                    range: ScalarRange(partyStart, end), label: .title, priority: Priority.title,
                    provenance: "rule:title(\(work.provenance(reach.titleParts, scan)))"
                )
                candidate.needsPerson = reach.titleNeedsPerson
                candidate.isCalling = reach.titleIsCalling
                result.append(candidate)
            }
            if let end = reach.orgEnd {
                result.append(Candidate(
                    range: ScalarRange(partyStart, end), label: .org, priority: Priority.governmentOrg,
                    provenance: "rule:government-body(\(work.provenance(reach.orgParts, scan)))"
                ))
            }
        }
        return result
    }

    /// Buffers one parse after another reuses: the stack of open paths and the parts they name.
    private struct ParseWork {
        var stack: [Path] = []
        /// Every part a path took, with the index of the part before it (-1: the first).
        var parts: [(entry: Int32, previous: Int32)] = []

        /// Appends part `entry` (-1 for a place) to `path`.
        mutating func add(_ entry: Int32, to path: inout Path) {
            parts.append((entry, path.lastPart))
            path.lastPart = Int32(parts.count - 1)
        }

        /// The provenance of the parts ending with `last`: `titles.tsv:26+titles.tsv:226`.
        func provenance(_ last: Int32, _ scan: ArticleScan) -> String {
            var entries: [Int32] = []
            var part = last
            while part >= 0 {
                entries.append(parts[Int(part)].entry)
                part = parts[Int(part)].previous
            }
            return entries.reversed().map {
                $0 < 0 ? "place" : scan.resources.provenances[Int(scan.resources.entries[Int($0)].provenance)]
            }.joined(separator: "+")
        }
    }

    /// The roles a parse may start with: the parts of the grammar and bodies known by name.
    private static let partRoles: LexRoleMask = [.titleScope, .titleOrgan, .titleRank, .titleOffice, .orgName, .countyStem]

    /// Whether `role` is a part of the grammar.
    private static func isPart(_ role: LexRole) -> Bool {
        switch role {
        case .titleScope, .titleOrgan, .titleRank, .titleOffice: true
        default: false
        }
    }

    /// Parser state: which parts came before.
    private struct Path {
        var position: Int
        var hasScope = false
        /// The scope is of county level or below (县, 横水镇): 政府 names a body only there.
        var localScope = false
        /// The scope is a place name (横水镇, 美国), not a level word.
        var placeScope = false
        /// The scope is a place named with its administrative level (运城市, 山西省), not a
        /// country: 政府 after it names a body as CLUENER tags it (运城市人民政府).
        var divisionScope = false
        var organs = 0
        var standaloneOrgan = false
        var lastOrganAbbreviation = false
        var lastOrganEndsBody = false
        /// The last organ is a body only after a local scope (政府).
        var lastOrganLocal = false
        /// The last organ is a body of members (政协), whose bare `member` office needs a person.
        var lastOrganMembers = false
        var ranks = 0
        /// Headed by a body known by name (国务院): a body, never a title (国务院副总理 is two spans).
        var knownBody = false
        /// Scoped by a county's bare name (侯马): an organ must follow before any office.
        var bareCounty = false
        /// A scope word that ends a longer name (the 区 of 华北区, the 村 of 艺术村): an organ
        /// must follow before any office (not 区总经理, 村专家).
        var scopeEndsName = false
        /// The level of a town or village named as the scope (镇 of 宁固镇): an office of that
        /// level may follow it alone (宁固镇 + 镇长, 宁固镇 + 副镇长).
        var townLevel: Unicode.Scalar?
        /// The last part in `ParseWork.parts` (-1: none yet).
        var lastPart: Int32 = -1
    }

    /// - Parameter insideKnownBodyUntil: the end of a body known by name that runs across
    ///   `start` (人民银行 of 中国人民银行), else 0: organs up to there are part of that body.
    private func parse(
        from start: Int, scan: ArticleScan, placeEnds: ArraySlice<Int>, insidePlace: Bool, insideKnownBodyUntil: Int,
        work: inout ParseWork
    ) -> Reach {
        var reach = Reach()
        work.stack.removeAll(keepingCapacity: true)
        work.parts.removeAll(keepingCapacity: true)
        func push(_ path: Path, part: Int32) {
            var path = path
            work.add(part, to: &path)
            work.stack.append(path)
        }
        // A scope: a scope word or a place, not inside a word like 全县 or 我市, nor inside a place.
        let insideName = Self.startsInsideName(start, scan)
        let endsName = scan.hasMatch(.titleScope, startingAt: start) && (insideName || TitleContext.followsPlace(start, scan))
        for match in scan.matches(.titleScope, startingAt: start) where !insidePlace && !TitleContext.scopeInsideNonPlaceWord(match, scan) {
            let local = scan.entry(match).flags.contains(.local)
            push(Path(position: match.end, hasScope: true, localScope: local, scopeEndsName: endsName), part: match.entry)
        }
        // A county's bare name is a scope before an organ or office (侯马 + 经济开发区), but not
        // one that is a joiner after a word (会同 of 县住建局会同开发区管委会) or starts inside a
        // place (镇原 of 横水镇原党委书记).
        for match in scan.matches(.countyStem, startingAt: start) where !insidePlace && !PlaceRecognizer.startsWithJoiner(match.start, scan) {
            push(Path(position: match.end, hasScope: true, bareCounty: true), part: match.entry)
        }
        for end in placeEnds {
            let local = Self.endsWithLocalLevel(end, scan)
            let level = scan.scalars[end - 1]
            // A city of two characters ending in 州 is named without its level (苏州, 广州).
            let division = Self.divisionLevels.contains(level) && !(level == "州" && end - start == 2)
            push(Path(
                position: end, hasScope: true, localScope: local, placeScope: true, divisionScope: division,
                townLevel: Self.townLevels.contains(level) ? level : nil
            ), part: -1)
            // The level ending the place may begin the organ: 平原县 + 县委 is 平原县委.
            if end - start >= 3, scan.hasMatch(.titleOrgan, startingAt: end - 1) {
                push(Path(position: end - 1, hasScope: true, localScope: local, placeScope: true), part: -1)
            }
            // A place before a body known by name is part of it (美国 + 国会, 朝鲜 + 劳动党).
            for match in scan.matches(.orgName, startingAt: end) {
                var body = Path(position: match.end, hasScope: true, organs: 1, standaloneOrgan: true, knownBody: true)
                work.add(-1, to: &body)
                work.add(match.entry, to: &body)
                considerOrganisation(body, from: start, scan: scan, reach: &reach)
                work.stack.append(body)
            }
        }
        // A body known by name heads the organs after it (国务院 + 办公厅); it makes no title,
        // also where the grammar spells it as scope or place + organ (中国 + 人民银行, 全国 + 人大)
        // or starts inside it (人民银行 of 中国人民银行).
        let knownBodies = scan.matches(.orgName, startingAt: start)
        for match in knownBodies {
            push(Path(position: match.end, hasScope: true, organs: 1, standaloneOrgan: true, knownBody: true), part: match.entry)
        }
        work.stack.append(Path(position: start))
        while let path = work.stack.popLast() {
            let position = path.position
            for match in scan.index.starting(at: position) {
                let role = scan.role(match)
                guard Self.isPart(role), role != .titleScope else { continue }
                let entry = scan.entry(match)
                var next = path
                next.position = match.end
                work.add(match.entry, to: &next)
                switch role {
                case .titleOrgan where path.ranks == 0 && path.organs < 4 && !entry.flags.contains(.branch):
                    // A bureau's short name names a bureau of its own, never part of a body
                    // already ended (芮城县文化和旅游局 + 统计).
                    if entry.flags.contains(.abbreviation) && path.lastOrganEndsBody { continue }
                    next.organs += 1
                    next.standaloneOrgan = path.standaloneOrgan || entry.flags.contains(.standalone)
                    next.lastOrganAbbreviation = entry.flags.contains(.abbreviation)
                    next.lastOrganEndsBody = Self.bodyEndings.contains(scan.scalars[match.end - 1])
                    next.lastOrganLocal = entry.flags.contains(.local)
                    next.lastOrganMembers = entry.flags.contains(.members)
                    next.knownBody = path.knownBody || match.end <= insideKnownBodyUntil || knownBodies.contains { $0.end == match.end }
                    considerOrganisation(next, from: start, scan: scan, reach: &reach)
                    work.stack.append(next)
                case .titleRank where path.ranks < 2 && !path.lastOrganAbbreviation
                    && (path.organs > 0 || !entry.flags.contains(.afterOrgan)):
                    next.ranks += 1
                    work.stack.append(next)
                case .titleOffice where !path.lastOrganAbbreviation && !path.knownBody && !TitleContext.beginsBodyName(match, scan):
                    if entry.flags.contains(.afterOrgan) && !(path.organs > 0 && path.ranks == 0 && path.lastOrganEndsBody) {
                        continue
                    }
                    if (path.bareCounty || path.scopeEndsName) && path.organs == 0 { continue }
                    // A calling takes no body before it: the body is where its holder works.
                    if entry.flags.contains(.calling) && path.organs > 0 { continue }
                    // An office inside a longer word that names no one (主席台, 游客服务中心) is none.
                    if scan.isInsideNonPlaceWord(match.start, match.end) { continue }
                    // A place before an office alone stays a place (美国 + 总统, 北京市 + 市长),
                    // but a town or village heads its own office (宁固镇镇长, 岳壁乡副乡长), a
                    // village its first secretary (永乐村第一书记) and a river its chiefs
                    // (涑水河县级河长).
                    let headsOwnOffice = path.townLevel == scan.scalars[match.start]
                        || path.townLevel == "村" && Self.isFirstSecretary(match, scan.scalars)
                        || Self.isRiverChief(match, scan.scalars)
                    if path.placeScope && path.organs == 0 && !headsOwnOffice { continue }
                    // An organ that ends a longer name (城市规划局 of 郑州市城市规划局) belongs to
                    // that body; the title is the rank and office after it (副局长). So does one
                    // right after a topic noun (人居环境 + 委员会 + 主任委员).
                    if (insideName || scan.isTopicBoundary(start)) && !path.hasScope && path.organs > 0 { continue }
                    if path.hasScope && path.organs == 0 && path.ranks == 0 && !entry.flags.contains(.alone) && !headsOwnOffice {
                        // 县 + 主任 is not a title; 县 + 县长 is not written either.
                        continue
                    }
                    if match.end > (reach.titleEnd ?? start) {
                        reach.titleEnd = match.end
                        reach.titleNeedsPerson = path.organs == 0 && !path.hasScope && !entry.flags.contains(.alone)
                            || path.lastOrganMembers && path.ranks == 0 && entry.flags.contains(.member)
                        reach.titleParts = next.lastPart
                        reach.titleIsCalling = entry.flags.contains(.calling)
                    }
                default:
                    break
                }
            }
            if path.organs > 0 && path.ranks == 0 && path.organs < 4 && !path.lastOrganAbbreviation {
                for branch in Self.branches(at: position, scan) {
                    var next = path
                    next.position = branch.end
                    work.add(-1, to: &next)
                    work.add(branch.entry, to: &next)
                    next.organs += 1
                    next.lastOrganEndsBody = true
                    next.lastOrganLocal = false
                    next.lastOrganMembers = false
                    considerOrganisation(next, from: start, scan: scan, reach: &reach)
                    work.stack.append(next)
                }
            }
        }
        return reach
    }

    /// The branch organs named by a county right after an organ that ends at `position`
    /// (市生态环境局 + 绛县 + 分局, 市公安局 + 盐湖 + 分局).
    private static func branches(at position: Int, _ scan: ArticleScan) -> [LexicalIndex.Match] {
        guard scan.hasMatch(branchScopes, startingAt: position) else { return [] }
        var result: [LexicalIndex.Match] = []
        for county in scan.index.starting(at: position) where county.role == .place || county.role == .countyStem {
            for organ in scan.matches(.titleOrgan, startingAt: county.end) where scan.entry(organ).flags.contains(.branch) {
                result.append(organ)
            }
        }
        return result
    }

    /// The roles of the county names a branch organ follows.
    private static let branchScopes: LexRoleMask = [.place, .countyStem]

    /// The length of the party's or its youth league's name written right before `start` (中共,
    /// 中国共产党, 共青团), or 0.
    private static func partyNameLength(before start: Int, _ scan: ArticleScan) -> Int {
        partyNames.first { $0.count <= start && scan.scalars[(start - $0.count)..<start].elementsEqual($0) }?.count ?? 0
    }

    /// The names of the party and its youth league that head a place's committee (中共 +
    /// 林州市委宣传部, 共青团 + 运城市委).
    private static let partyNames = ["中国共产党", "中共", "共青团"].map { Array($0.unicodeScalars) }

    /// Whether `office` is 书记 after the rank 第一: a village's first secretary.
    private static func isFirstSecretary(_ office: LexicalIndex.Match, _ scalars: [Unicode.Scalar]) -> Bool {
        office.start >= 2 && office.end - office.start == 2 && scalars[office.start] == "书" && scalars[office.start + 1] == "记"
            && scalars[office.start - 2] == "第" && scalars[office.start - 1] == "一"
    }

    /// Whether `office` is a river chief's (县级河长) right after a river's name (涑水河).
    private static func isRiverChief(_ office: LexicalIndex.Match, _ scalars: [Unicode.Scalar]) -> Bool {
        office.start > 0 && office.end >= 2 && scalars[office.start - 1] == "河"
            && scalars[office.end - 2] == "河" && scalars[office.end - 1] == "长"
    }

    /// The levels of towns and villages, whose heads' offices begin with them (镇长, 乡长, 村长).
    private static let townLevels: ScalarSet = ["镇", "乡", "村"]

    /// The last characters of places named with their administrative level.
    private static let divisionLevels: ScalarSet = ["省", "市", "县", "州", "镇", "乡", "村"]

    /// Characters that end the name of a body, after which 长 abbreviates its head (宣传部长).
    private static let bodyEndings: ScalarSet = ["部", "局", "厅", "处", "科", "院", "所", "站", "队", "委", "办", "组", "心", "室", "会"]

    /// Records `path` as a government body when it is one and is not the start of a longer title.
    private func considerOrganisation(_ path: Path, from start: Int, scan: ArticleScan, reach: inout Reach) {
        guard path.hasScope || path.standaloneOrgan else { return }
        // 政府 is a body after a county, town or village (横水镇政府) and after a named city or
        // province (运城市人民政府), not after a country (美国政府: People's Daily tags the country).
        guard !path.lastOrganLocal || ((path.localScope || path.divisionScope) && path.organs == 1) else { return }
        // The body's name must not end inside a word: not 村党组 in 村党组织.
        guard !scan.isInsideWord(endingAfter: path.position) else { return }
        // A body of members named bare before its member office is their calling (广大政协委员).
        if path.lastOrganMembers, !path.hasScope, path.organs == 1,
           scan.matches(.titleOffice, startingAt: path.position).contains(where: { scan.entry($0).flags.contains(.member) }) {
            return
        }
        if path.lastOrganAbbreviation {
            // A short name of a bureau after a scope word or a place named with its level
            // (县文旅, 运城市发改), not after a bare name (保护好昕水河 + 生态环境).
            guard path.hasScope, !path.placeScope || path.divisionScope, abbreviationMayEnd(at: path.position, scan: scan) else { return }
        }
        if path.position > (reach.orgEnd ?? start) {
            reach.orgEnd = path.position
            reach.orgParts = path.lastPart
        }
    }

    /// Whether `start` lies inside a name: a Han character before it, and no boundary, place,
    /// title part or body ends there (the 规划局 of 城市规划局, not of 县规划局 or ，规划局).
    /// A title right after 原, 前 or 任 (`原县委书记`, `前任县长`, `任县委副书记`) or after the
    /// joiner of a chain (`村党支部书记兼村委会主任`) starts a name there too.
    private static func startsInsideName(_ start: Int, _ scan: ArticleScan) -> Bool {
        start > 0 && scan.scalars[start - 1].isHan && !scan.nameMayStart[start] && !scan.afterPlace[start]
            && !scan.hasMatch(nameEnds, endingAt: start) && !TitleContext.followsTenureWord(start, scan)
            && !TitleContext.joinsTitles(at: start - 1, scan)
    }

    /// Words whose end is a boundary before an organ.
    private static let nameEnds: LexRoleMask = [
        .titleOrgan, .titleRank, .titleOffice, .place, .orgSuffix, .enterpriseSuffix, .orgName, .enterpriseName,
        .joiner, .countyStem,
    ]

    /// Whether a place ending at `end` is of county level or below: its last characters are a
    /// scope flagged `local` (横水**镇**, 绛**县**).
    private static func endsWithLocalLevel(_ end: Int, _ scan: ArticleScan) -> Bool {
        scan.hasMatch(.titleScope, endingAt: end) && scan.matches(.titleScope, endingAt: end).contains { scan.entry($0).flags.contains(.local) }
    }

    /// An abbreviation (县文旅) is a body only before a list separator, 等, or 部门.
    private func abbreviationMayEnd(at position: Int, scan: ArticleScan) -> Bool {
        guard position < scan.count else { return true }
        let next = scan.scalars[position]
        if !next.isNameScalar { return true }
        if next == "等" || next == "和" || next == "与" || next == "及" { return true }
        return position + 1 < scan.count && next == "部" && scan.scalars[position + 1] == "门"
    }
}
