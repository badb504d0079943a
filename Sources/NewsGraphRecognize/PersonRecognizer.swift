import NewsGraphCore

/// Finds person names by rule: a surname (single or compound) and one or two given-name
/// characters, confirmed by context. No name list is used.
///
/// Contexts, strongest first: the closing byline (`…活水。\n张倩倩`); a title right before
/// (`县委书记解芳`); a name list after a title (`王述江、李彩霞、卫文静`); a word that introduces a
/// name (`记者 张三`); a cue verb right after, with a boundary before (`解芳指出`). The name's
/// length is decided by its right edge: it must end at punctuation, a cue, a joiner or a title.
struct PersonRecognizer {
    /// What the recogniser found.
    struct Result {
        var persons: [Candidate] = []
        /// Names of the closing byline and of reporters introduced by 记者/通讯员, in order.
        var reporters: [ScalarRange] = []
    }

    /// Person candidates in `scan`, given the title candidates.
    func candidates(in scan: ArticleScan, titles: [Candidate]) -> Result {
        let titleStarts = Set(titles.map(\.range.start))
        var result = Result()
        var found: [Int: Candidate] = [:]
        func add(_ range: ScalarRange, _ priority: Int, _ rule: String, _ surname: String) {
            if let known = found[range.start], known.priority >= priority { return }
            found[range.start] = Candidate(
                range: range, label: .person, priority: priority, provenance: "rule:person.\(rule)(\(surname))"
            )
        }
        if let byline = bylineName(in: scan) {
            add(byline.range, Priority.byline, "byline", byline.surname)
            result.reporters.append(byline.range)
        }
        for title in titles {
            let start = skipSpaces(from: title.range.end, scan)
            if let name = bestReading(at: start, scan: scan, titleStarts: titleStarts, strong: !title.needsPerson) {
                add(name.range, Priority.personAfterTitle, "after-title", name.surname)
            }
        }
        for match in scan.index.matches {
            switch scan.entry(match).role {
            case .cueAfter:
                if let name = nameBefore(cue: match.start, scan: scan) {
                    add(name.range, Priority.personBeforeCue, "before-cue", name.surname)
                }
            case .cueBefore:
                let start = skipSpaces(from: match.end, scan)
                if let name = bestReading(at: start, scan: scan, titleStarts: titleStarts, strong: true) {
                    add(name.range, Priority.personAfterTitle, "after-intro", name.surname)
                    result.reporters.append(name.range)
                }
            default:
                break
            }
        }
        // Lists: a name, a joiner, another name …
        var queue = found.values.sorted { $0.range.start < $1.range.start }
        var queued = 0
        while queued < queue.count {
            let person = queue[queued]
            queued += 1
            for joiner in scan.matches(.joiner, startingAt: person.range.end) {
                let strong = scan.scalars[joiner.start] == "、"
                guard let name = bestReading(at: joiner.end, scan: scan, titleStarts: titleStarts, strong: strong),
                      found[name.range.start] == nil else { continue }
                add(name.range, Priority.personInList, "in-list", name.surname)
                if let added = found[name.range.start] { queue.append(added) }
            }
        }
        result.persons = found.values.sorted { $0.range.start < $1.range.start }
        return result
    }

    /// A possible name: where it is and its surname.
    struct Reading {
        var range: ScalarRange
        var surname: String
        var surnameFrequency: NameFrequency
        var givenFrequency: NameFrequency
    }

    /// Every surname + 1 or 2 given characters reading at `start`, longest first.
    func readings(at start: Int, scan: ArticleScan) -> [Reading] {
        guard start < scan.count, scan.scalars[start].isHan else { return [] }
        if !scan.matches(.notName, startingAt: start).isEmpty { return [] }
        var result: [Reading] = []
        for surname in scan.matches(.surname, startingAt: start).reversed() {
            for givenLength in [2, 1] {
                let end = surname.end + givenLength
                guard end <= scan.count else { continue }
                var weakest = NameFrequency.common
                var valid = true
                for position in surname.end..<end {
                    let scalar = scan.scalars[position]
                    if !scalar.isHan || isNotGiven(position, scan) {
                        valid = false
                        break
                    }
                    weakest = min(weakest, scan.resources.givenNameFrequency[scalar] ?? .unknown)
                }
                guard valid else { continue }
                result.append(Reading(
                    range: ScalarRange(start, end), surname: scan.scalars.string(ScalarRange(surname.start, surname.end)),
                    surnameFrequency: scan.entry(surname).frequency, givenFrequency: weakest
                ))
            }
        }
        return result
    }

    /// The longest reading at `start` whose right edge is a place a name may end.
    /// - Parameter strong: the context alone confirms a name (after a title, in a 、 list);
    ///   otherwise the surname and the given characters must be reasonably common.
    private func bestReading(at start: Int, scan: ArticleScan, titleStarts: Set<Int>, strong: Bool) -> Reading? {
        readings(at: start, scan: scan).first { reading in
            nameMayEnd(at: reading.range.end, scan: scan, titleStarts: titleStarts)
                && (strong || isPlausibleWithoutTitle(reading))
        }
    }

    /// A name that ends right before the cue at `cue`, starting at a boundary.
    private func nameBefore(cue: Int, scan: ArticleScan) -> Reading? {
        for length in [3, 2, 4] where cue - length >= 0 {
            let start = cue - length
            guard scan.nameMayStart[start] else { continue }
            if let reading = readings(at: start, scan: scan).first(where: { $0.range.end == cue }),
               isPlausibleWithoutTitle(reading) {
                return reading
            }
        }
        return nil
    }

    /// Without a title, a common enough surname and known given-name characters.
    private func isPlausibleWithoutTitle(_ reading: Reading) -> Bool {
        reading.surnameFrequency >= .regular && reading.givenFrequency >= .rare
    }

    /// Whether a name may end at `end`: text end, punctuation, a stop character, a cue, a
    /// joiner, a verb, or a title.
    /// - Complexity: O(1) (title starts are a set: a list scan per call was quadratic).
    func nameMayEnd(at end: Int, scan: ArticleScan, titleStarts: Set<Int>) -> Bool {
        scan.wordMayEnd[end] || titleStarts.contains(end)
    }

    /// The byline: 2 to 4 Han characters that end the text on a line of their own (or right
    /// after the last sentence) and read as one name.
    private func bylineName(in scan: ArticleScan) -> Reading? {
        var end = scan.count
        while end > 0, scan.scalars[end - 1].isSpaceLike { end -= 1 }
        var start = end
        while start > 0, scan.scalars[start - 1].isHan, end - start <= 4 { start -= 1 }
        guard (2...4).contains(end - start), start > 0 else { return nil }
        let before = scan.scalars[start - 1]
        guard before == "\n" || before.isSentenceTerminal || before.isClosingQuote || before == " " else { return nil }
        return readings(at: start, scan: scan).first { $0.range.end == end }
    }

    private func isNotGiven(_ position: Int, _ scan: ArticleScan) -> Bool {
        scan.matches(.notGiven, startingAt: position).contains { $0.end == position + 1 }
    }

    private func skipSpaces(from position: Int, _ scan: ArticleScan) -> Int {
        var index = position
        while index < scan.count, scan.scalars[index] == " " { index += 1 }
        return index
    }
}
