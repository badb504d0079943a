import NewsGraphCore

/// Rows of a notice list, one to a line: a name, a space, then the person's unit or village
/// (`王明亮 县人民医院`, `李红 城关镇东街村`), as lists of candidates, prize winners and appointees
/// are printed. The name needs no cue: the row's shape and a neighbouring row of the same shape
/// confirm it, even when it is a common word (`高峰`, `杨光`) or starts with a function surname.
enum NoticeRows {
    /// The names that open rows of a notice list in `scan`.
    ///
    /// A row is a line whose first column (after any indent) is a reading of two to four Han
    /// characters (a surname of any class and known given characters), followed by spaces and a
    /// place, body, company or title candidate of `units` starting right after them. A row counts
    /// when the nearest non-empty line before or after it is a row too.
    /// - Complexity: O(n + u) for n scalars and u unit candidates.
    static func names(in scan: ArticleScan, units: [Candidate]) -> [NameReading] {
        let scalars = scan.scalars
        var unitStarts = [Bool](repeating: false, count: scalars.count + 1)
        for unit in units where isUnit(unit.label) { unitStarts[unit.range.start] = true }
        // One entry per non-empty line: the row's name, or nil when the line is no row.
        var lines: [NameReading?] = []
        var lineStart = 0
        while lineStart < scalars.count {
            var lineEnd = lineStart
            while lineEnd < scalars.count, scalars[lineEnd] != "\n" { lineEnd += 1 }
            var first = lineStart
            while first < lineEnd, scalars[first].isSpaceLike { first += 1 }
            if first < lineEnd { lines.append(row(at: first, lineEnd: lineEnd, scan: scan, unitStarts: unitStarts)) }
            lineStart = lineEnd + 1
        }
        var result: [NameReading] = []
        for (index, name) in lines.enumerated() {
            guard let name else { continue }
            let previousIsRow = index > 0 && lines[index - 1] != nil
            let nextIsRow = index + 1 < lines.count && lines[index + 1] != nil
            if previousIsRow || nextIsRow { result.append(name) }
        }
        return result
    }

    /// Whether a row's second column may be a candidate of `label`: a place, body, company or
    /// title.
    private static func isUnit(_ label: Label) -> Bool {
        switch label {
        case .place, .org, .enterprise, .title: true
        default: false
        }
    }

    /// The name of the row whose line starts at `lineStart` (past its indent), or nil when the
    /// line is no row. A number may lead the row (`1.`, `2、`, `（3）`).
    private static func row(at lineStart: Int, lineEnd: Int, scan: ArticleScan, unitStarts: [Bool]) -> NameReading? {
        let scalars = scan.scalars
        let start = afterNumber(from: lineStart, lineEnd: lineEnd, scalars)
        var end = start
        while end < lineEnd, scalars[end].isHan { end += 1 }
        guard (2...4).contains(end - start), end < lineEnd, scalars[end].isSpaceLike else { return nil }
        var unit = end
        while unit < lineEnd, scalars[unit].isSpaceLike { unit += 1 }
        guard unitStarts[unit] else { return nil }
        return NameReading.readings(at: start, in: scan, wholeWords: true).first {
            $0.range.end == end && $0.surnameFrequency >= .rare && $0.givenFrequency >= .rare && !$0.givenOutOfPlace
        }
    }

    /// Where the row goes on past a leading number (`1.`, `12、`, `（3）`) and the spaces after it,
    /// or `start` when none leads it.
    private static func afterNumber(from start: Int, lineEnd: Int, _ scalars: [Unicode.Scalar]) -> Int {
        var position = start
        let bracketed = position < lineEnd && openingBrackets.contains(scalars[position])
        if bracketed { position += 1 }
        let digitsStart = position
        while position < lineEnd, position - digitsStart < 3, scalars[position].isDigitLike { position += 1 }
        guard position > digitsStart, position < lineEnd else { return start }
        let closer = scalars[position]
        guard bracketed ? closingBrackets.contains(closer) : numberClosers.contains(closer) else { return start }
        position += 1
        while position < lineEnd, scalars[position].isSpaceLike { position += 1 }
        return position
    }

    /// The brackets around a leading number (`（3）`).
    private static let openingBrackets: ScalarSet = ["（", "("]
    private static let closingBrackets: ScalarSet = ["）", ")"]
    /// What closes the number that leads a row (`1.`, `1．`, `1、`, `1)`).
    private static let numberClosers: ScalarSet = [".", "．", "、", ")", "）"]
}
