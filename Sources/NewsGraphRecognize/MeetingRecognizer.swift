import NewsGraphCore

/// Finds named meetings as one span: `县十七届人大常委会第二十五次主任会议`,
/// `县疫情防控流调溯源工作会议`, `…项目建设协调会`.
///
/// A meeting name ends with a meeting suffix (`meetings.tsv`) and starts right after a trigger
/// verb (召开, 主持召开 …) or at the start of its clause; digits, quotes and a bracketed
/// `（扩大）` may stand inside.
/// A date in the name stays a date, and the name starts after it (`2023年度` of
/// `召开2023年度安全生产工作会议`, `二季度` of `全县二季度重点项目集中开工仪式`); so does a company
/// in a name with no trigger verb (`山西晋绛精工机械有限公司` of `…有限公司校企合作签约仪式`), a party
/// to the event.
struct MeetingRecognizer {
    /// The longest meeting name, in scalars.
    static let maximumLength = 40
    /// The shortest name before the suffix when no trigger verb precedes it.
    static let minimumClauseStem = 4
    /// The shortest suffix that is a name by itself after a date (`常委会会议`, `常务会议`).
    static let shortestNameOfSuffix = 4

    /// Meeting candidates in `scan`; `dates` and `companies` are the date and company
    /// candidates, which a name does not swallow.
    func candidates(in scan: ArticleScan, dates: [Candidate], companies: [Candidate] = []) -> [Candidate] {
        var result: [Candidate] = []
        var longestSuffixEndingAt: [Int: LexicalIndex.Match] = [:]
        for match in scan.index.matches where match.role == .meetingSuffix {
            if let known = longestSuffixEndingAt[match.end], known.start <= match.start { continue }
            longestSuffixEndingAt[match.end] = match
        }
        for (end, suffix) in longestSuffixEndingAt.sorted(by: { $0.key < $1.key }) {
            guard var (start, triggered) = nameStart(before: suffix.start, scan: scan) else { continue }
            // A company in a name that runs from its clause's start is a party to the event; after
            // a trigger verb it is the event's subject (召开聚能科技有限公司…项目建设协调会).
            if !triggered, let company = companies.last(where: { $0.range.start >= start && $0.range.end < suffix.start }) {
                start = company.range.end
                triggered = true
            }
            // A date right before a suffix of four characters or more leaves the suffix as the
            // name (`2024年11月` + `常委会会议`); before a shorter one, no name (`今年11月` + `会议`).
            var afterDate = false
            if let date = dates.last(where: { $0.range.start >= start && $0.range.end <= suffix.start }) {
                start = date.range.end
                triggered = true
                afterDate = date.range.end == suffix.start
            }
            let stem = suffix.start - start
            let suffixAlone = afterDate && end - suffix.start >= Self.shortestNameOfSuffix
            guard stem >= (triggered ? 2 : Self.minimumClauseStem) || suffixAlone,
                  !Self.determiners.ends(at: suffix.start, in: scan.scalars) else {
                continue
            }
            result.append(Candidate(
                range: ScalarRange(start, end), label: .meeting, priority: Priority.meeting,
                provenance: "rule:meeting(\(scan.provenance(suffix)))"
            ))
        }
        return result
    }

    /// Words before a meeting suffix that make it a common noun, no name (`赣州市委有关会议`,
    /// `此次会议`).
    private static let determiners = ScalarWords(["有关", "相关", "重要", "各类", "各项", "此次", "本次", "这次", "上述", "系列"])

    /// Where the name before `suffixStart` begins, and whether a trigger verb marks it.
    private func nameStart(before suffixStart: Int, scan: ArticleScan) -> (Int, Bool)? {
        var start = suffixStart
        while start > 0, suffixStart - start < Self.maximumLength {
            if scan.matches(.meetingTrigger, endingAt: start).isEmpty == false { return (start, true) }
            let previous = scan.scalars[start - 1]
            // A bracketed note inside the name: 县委常委会（扩大）会议.
            if let note = Self.bracketedNote(endingAt: start, scan.scalars) {
                start -= note
                continue
            }
            guard previous.isHan || previous.isDigitLike || Self.inner.contains(previous),
                  !scan.hasMatch(.stop, startingAt: start - 1) else { return (start, false) }
            start -= 1
        }
        return start == 0 ? (0, false) : nil
    }

    /// The length of a bracketed note (`（扩大）`, `(扩大)`) that ends at `end`.
    private static func bracketedNote(endingAt end: Int, _ s: [Unicode.Scalar]) -> Int? {
        guard end >= 4, s[end - 1].isClosingBracket else { return nil }
        for note in notes where end - 1 - note.count >= 1 && s[(end - 1 - note.count)..<(end - 1)].elementsEqual(note) {
            if s[end - 2 - note.count].isOpeningBracket { return note.count + 2 }
        }
        return nil
    }

    /// Notes written in brackets inside a meeting name.
    private static let notes = ["扩大"].map { Array($0.unicodeScalars) }

    /// Non-Han characters that may stand inside a meeting name.
    private static let inner: ScalarSet = ["“", "”", "《", "》", "\"", "·"]
}
