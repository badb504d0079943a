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
        for match in scan.index.matches {
            let entry = scan.entry(match)
            switch entry.role {
            case .orgName, .enterpriseName:
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
        return result
    }

    private func suffixName(_ match: LexicalIndex.Match, _ entry: LexEntry, _ scan: ArticleScan) -> Candidate? {
        let label: Label = entry.role == .orgSuffix ? .org : .enterprise
        // A suffix inside a word that names nothing makes no body (大学生, 很多工厂).
        guard !scan.isInsideNonPlaceWord(match.start, match.end) else { return nil }
        let reach = max(0, match.start - entry.maxStem)
        // Without a boundary in reach, a place in reach starts the name (在杜塞尔多夫战胜[捷克队]).
        guard var start = scan.stemStart(endingAt: match.start, maximum: entry.maxStem, allowDigits: true, crossPlaces: true)
            ?? lastPlace(in: reach..<match.start, scan)?.start else {
            return nil
        }
        start = afterCount(from: start, to: match.start, scan.scalars)
        let place = lastPlace(in: start..<match.start, scan)
        if let place { start = place.start } else if entry.flags.contains(.afterPlace) { return nil }
        guard match.start - start >= entry.minStem, scan.scalars[start..<match.start].contains(where: \.isHan) else { return nil }
        if entry.flags.contains(.needsName), !hasName(from: place?.end ?? start, to: match.start, afterPlace: place != nil, scan) {
            return nil
        }
        return Candidate(
            range: ScalarRange(start, match.end), label: label,
            priority: label == .enterprise ? Priority.enterprise : Priority.suffixOrg,
            provenance: "rule:\(label == .enterprise ? "enterprise" : "org")-suffix(\(scan.resources.provenance(of: entry)))"
        )
    }

    /// Where a stem starts once a leading count (`两家`, `35家`, `数十家`) is dropped.
    private func afterCount(from start: Int, to end: Int, _ s: [Unicode.Scalar]) -> Int {
        var position = end - 1
        while position > start {
            if s[position] == "家" || s[position] == "个", Self.isCount(s[position - 1]) { return position + 1 }
            position -= 1
        }
        return start
    }

    private static func isCount(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isDigitLike || Numeral.isNumeral(scalar) || "两几数多百千万".unicodeScalars.contains(scalar)
    }

    /// The last gazetteer place to start wholly inside `range`.
    private func lastPlace(in range: Range<Int>, _ scan: ArticleScan) -> (start: Int, end: Int)? {
        for position in range.reversed() {
            if let place = scan.index.starting(at: position).last(where: { scan.entry($0).role == .place && $0.end <= range.upperBound }) {
                return (place.start, place.end)
            }
            if let place = scan.gazetteerMatches.first(where: { $0.start == position && $0.end <= range.upperBound }) {
                return (place.start, place.end)
            }
        }
        return nil
    }

    /// Whether `from..<to` names a company: after a place any word does (`阿根廷航空公司`);
    /// otherwise two characters that are not trade words (`聚能科技`, not `保险`).
    private func hasName(from: Int, to: Int, afterPlace: Bool, _ scan: ArticleScan) -> Bool {
        if afterPlace { return to > from }
        var own = 0
        var position = from
        while position < to {
            if let trade = scan.matches(.industry, startingAt: position).last(where: { $0.end <= to }) {
                position = trade.end
            } else {
                own += 1
                position += 1
            }
        }
        return own >= 2
    }
}
