import NewsGraphCore

/// Finds places: names from the gazetteers (`绛县`, `横水镇`), and unknown names by suffix rule
/// (`新庄村`, `绛北大峡谷景区`): a stem between a left boundary and a place suffix.
///
/// A suffix inside a not-place word (`全县`, `美丽乡村`) makes no place; a stem must begin at a
/// boundary (punctuation, a stop character, a verb, another name) and have the rule's length.
struct PlaceRecognizer {
    /// Place candidates in `scan`.
    /// - Complexity: O(n·k) over the lexical matches.
    func candidates(in scan: ArticleScan) -> [Candidate] {
        var result: [Candidate] = []
        for match in scan.index.matches {
            let entry = scan.entry(match)
            switch entry.role {
            case .place:
                result.append(Candidate(
                    range: ScalarRange(match.start, match.end), label: .place,
                    priority: Priority.gazetteerPlace, provenance: entry.provenance
                ))
            case .placeSuffix:
                if let candidate = suffixPlace(match, entry, scan) { result.append(candidate) }
            default:
                break
            }
        }
        return result
    }

    private func suffixPlace(_ match: LexicalIndex.Match, _ entry: LexEntry, _ scan: ArticleScan) -> Candidate? {
        guard !scan.isInsideNonPlaceWord(match.start, match.end) else { return nil }
        guard let start = scan.stemStart(endingAt: match.start, maximum: entry.maxStem) else { return nil }
        let stemLength = match.start - start
        guard stemLength >= entry.minStem else { return nil }
        // A gazetteer name ending here is the place; the rule must not stretch it (富有绛县).
        let known = scan.index.ending(at: match.end).contains { scan.entry($0).role == .place && $0.start > start }
        guard !known else { return nil }
        return Candidate(
            range: ScalarRange(start, match.end), label: .place, priority: Priority.suffixPlace,
            provenance: "rule:place-suffix(\(entry.provenance))"
        )
    }
}
