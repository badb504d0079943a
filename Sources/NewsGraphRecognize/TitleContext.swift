import NewsGraphCore

/// Facts about the text around a title that decide whether an office word there names a
/// position: inside the name of a work (`《汽车驾驶员》`), or the first half of a body's name
/// (`大使馆`, `警察局`, `记者协会`).
enum TitleContext {
    /// `result[i]`: position i lies inside a pair of book-title marks (`《…》`) closed within
    /// the same sentence. A title there is part of the name of a work (`《新科学家》杂志`).
    /// - Complexity: O(n).
    static func insideWorkName(_ scalars: [Unicode.Scalar]) -> [Bool] {
        var inside = [Bool](repeating: false, count: scalars.count + 1)
        var open: Int?
        for (position, scalar) in scalars.enumerated() {
            // Ideographs (and everything else from U+4E00 to the full-width forms) are no marks.
            if scalar.value >= 0x4E00 && scalar.value < 0xFF00 { continue }
            switch scalar {
            case "《":
                open = position + 1
            case "》":
                if let start = open {
                    for covered in start..<position { inside[covered] = true }
                }
                open = nil
            case "。", "！", "？", "\n":
                open = nil
            default:
                break
            }
        }
        return inside
    }

    /// Whether the scope word `match` stands inside a not-place word (全县, 我市, 县市) that an
    /// organ starting right after the scope does not cut: 县 of 县市场监督管理局 is a scope, as
    /// the organ 市场监督管理局 runs past the end of 县市; 县 of 全县人大 is none.
    static func scopeInsideNonPlaceWord(_ match: LexicalIndex.Match, _ scan: ArticleScan) -> Bool {
        guard scan.isInsideNonPlaceWord(match.start, match.end) else { return false }
        guard scan.hasMatch(.titleOrgan, startingAt: match.end) else { return true }
        let organEnd = scan.matches(.titleOrgan, startingAt: match.end).map(\.end).max() ?? match.end
        let from = max(0, match.start - scan.resources.lexicon.longestTerm)
        for position in from...match.start where scan.hasMatch(.notPlace, startingAt: position) {
            for word in scan.index.starting(at: position) where scan.role(word) == .notPlace && word.end >= match.end {
                // Covers the scope and is not cut by the organ (全县 ends with it, 县市场 is cut).
                if word.start < match.start || word.end > match.end, !(word.end > match.end && word.end < organEnd) {
                    return true
                }
            }
        }
        return false
    }

    /// Whether the office `match` only begins the name of a body: a listed body or suffix starts
    /// with it and runs on (`大使馆`, `理事会`), or a body suffix follows it right away
    /// (`警察局`, `编辑部`, `记者协会`, `客服中心`) and no longer word starts there (`部署`) nor
    /// a foreign name (`总理科尔`), or 部门 follows it (`主管部门`).
    static func beginsBodyName(_ match: LexicalIndex.Match, _ scan: ArticleScan) -> Bool {
        if startsWord(departmentWord, at: match.end, scan) { return true }
        if scan.hasMatch(bodyRoles, startingAt: match.start),
           scan.index.starting(at: match.start).contains(where: { bodyRoles.bits & scan.role($0).bit != 0 && $0.end > match.end }) {
            return true
        }
        guard scan.hasMatch(.orgSuffix, startingAt: match.end) else { return false }
        let following = scan.index.starting(at: match.end)
        let suffixEnd = following.filter { scan.role($0) == .orgSuffix }.map(\.end).max() ?? match.end
        return !following.contains { $0.end > suffixEnd } && !startsForeignName(at: match.end, suffixEnd: suffixEnd, scan)
    }

    /// Whether a one-character suffix at `position` (科 of 总理科尔) is rather the first letter
    /// of a foreign name: it and the character after it are transliteration letters
    /// (`transliteration.tsv`) and no word starts after it (秘书科科长 is a section's head).
    private static func startsForeignName(at position: Int, suffixEnd: Int, _ scan: ArticleScan) -> Bool {
        let letters = scan.resources.transliterationCharacters
        return suffixEnd == position + 1 && suffixEnd < scan.count
            && letters[scan.scalars[position]] == true && letters[scan.scalars[suffixEnd]] == true
            && !scan.index.starting(at: suffixEnd).contains { $0.end - $0.start >= 2 }
    }

    /// The word for a department (主管部门, 交警部门), which no body suffix rule takes (相关部门
    /// names no body), but which an office before it describes.
    private static let departmentWord: [Unicode.Scalar] = ["部", "门"]

    /// Whether `word` is written at `position`.
    private static func startsWord(_ word: [Unicode.Scalar], at position: Int, _ scan: ArticleScan) -> Bool {
        position + word.count <= scan.count && scan.scalars[position..<position + word.count].elementsEqual(word)
    }

    /// Roles of words that name a body.
    private static let bodyRoles: LexRoleMask = [.orgSuffix, .orgName, .titleOrgan]
}

extension TitleContext {
    /// `result[i]`: the end of the longest body known by name (`orgs_world.tsv`) that runs
    /// across i (starts before it and ends after it), else 0.
    /// - Complexity: O(m + b) for m dictionary matches and b scalars inside known bodies.
    static func knownBodyEnds(_ scan: ArticleScan) -> [Int] {
        var ends = [Int](repeating: 0, count: scan.count + 1)
        for match in scan.index.matches where scan.role(match) == .orgName && match.end - match.start > 1 {
            for position in match.start + 1..<match.end { ends[position] = max(ends[position], match.end) }
        }
        return ends
    }

    /// Whether the joiner of a title chain (和, 及, 与, 兼) stands at `position` right after an
    /// office: a place starting there (和县) is none, as the chain goes on after it.
    static func joinsTitles(at position: Int, _ scan: ArticleScan) -> Bool {
        position < scan.count && joiners.contains(scan.scalars[position]) && scan.hasMatch(.titleOffice, endingAt: position)
    }

    /// Whether a listed place ends right at `position` (华北 before 区): a scope word there ends
    /// that place's name, it is no level of its own.
    static func followsPlace(_ position: Int, _ scan: ArticleScan) -> Bool {
        scan.hasKnownPlace(endingAt: position, startingAfter: -1)
    }

    /// Whether a word about the tenure of a title ends at `position`: 原 and 前 (a former
    /// holder: `原县委书记`, `前任县长`), 任 (`任县委副书记`, `原任`, `前任`). A title starts
    /// after it; the word is not part of the title (as CLUENER labels `公司原董事长`).
    static func followsTenureWord(_ position: Int, _ scan: ArticleScan) -> Bool {
        guard position > 0 else { return false }
        switch scan.scalars[position - 1] {
        case "原", "前", "任": return true
        default: return false
        }
    }

    /// The words that join the titles of a chain.
    private static let joiners: ScalarSet = ["和", "及", "与", "兼"]
}
