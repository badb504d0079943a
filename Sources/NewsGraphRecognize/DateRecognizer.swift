import NewsGraphCore

/// Finds calendar dates: `2022年12月1日`, `12月1日`, `12月1号`, `2022年3月`, `2021年度`,
/// `2022年`, written in Arabic or Chinese numerals (`二〇二二年十二月一日`).
///
/// A year needs four digits, so durations (`30年试点`) and quantities (`6000吨`) are not
/// dates. Dates without a year are completed with `context.year`; see `DateRecognizer.md`.
struct DateRecognizer {
    /// The year to complete dates without one, and the publication month to tell December of
    /// last year from December of this year in a January paper.
    struct Context {
        var year: Int?
        var month: Int?
    }

    let context: Context

    /// Date candidates in `scan`.
    /// - Complexity: O(n).
    func candidates(in scan: ArticleScan) -> [Candidate] {
        let s = scan.scalars
        var result: [Candidate] = []
        var position = 0
        while position < s.count {
            if let (date, end) = parse(s, at: position), date.isValid {
                let reading = DateReading(norm: date, resolved: resolve(date))
                result.append(Candidate(
                    range: ScalarRange(position, end), label: .date, priority: Priority.date,
                    provenance: "rule:date", date: reading
                ))
                position = end
            } else {
                position += 1
            }
        }
        return result
    }

    /// The date with its year completed, or nil when the year cannot be known.
    func resolve(_ date: PartialDate) -> PartialDate? {
        if date.year != nil { return date }
        guard let year = context.year, let month = date.month else { return nil }
        if let published = context.month, month - published > 6 {
            return date.withYear(year - 1)
        }
        return date.withYear(year)
    }

    /// A date starting exactly at `start`, and where it ends.
    private func parse(_ s: [Unicode.Scalar], at start: Int) -> (PartialDate, Int)? {
        guard start < s.count, Numeral.isNumeral(s[start]) else { return nil }
        if start > 0, Numeral.isNumeral(s[start - 1]) { return nil }
        var date = PartialDate()
        var position = start
        if let (year, end) = Numeral.year(s, at: position), end < s.count, s[end] == "年" {
            date.year = year
            position = end + 1
            if position < s.count, s[position] == "度" {
                return (date, position + 1)
            }
            guard let (month, monthEnd) = Numeral.small(s, at: position), monthEnd < s.count, s[monthEnd] == "月",
                  (1...12).contains(month) else {
                return (1900...2099).contains(year) ? (date, position) : nil
            }
            date.month = month
            position = monthEnd + 1
        } else if let (month, monthEnd) = Numeral.small(s, at: position), monthEnd < s.count, s[monthEnd] == "月",
                  (1...12).contains(month) {
            date.month = month
            position = monthEnd + 1
        } else {
            return nil
        }
        if let (day, dayEnd) = Numeral.small(s, at: position), dayEnd < s.count,
           s[dayEnd] == "日" || s[dayEnd] == "号" {
            date.day = day
            return (date, dayEnd + 1)
        }
        // A month without a day is a date only with its year (2022年3月), not alone (3月).
        return date.year != nil ? (date, position) : nil
    }
}

/// Arabic and Chinese numerals as dates write them.
enum Numeral {
    static let chineseDigits: [Unicode.Scalar: Int] = [
        "〇": 0, "零": 0, "○": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]

    static func isNumeral(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isDigitLike || chineseDigits[scalar] != nil || scalar == "十"
    }

    /// Four digits (`2022`, `二〇二二`) starting at `start`, not followed by a fifth.
    static func year(_ s: [Unicode.Scalar], at start: Int) -> (Int, Int)? {
        guard start + 4 <= s.count else { return nil }
        var value = 0
        for index in start..<start + 4 {
            guard let digit = s[index].digitValue ?? chineseDigits[s[index]] else { return nil }
            value = value * 10 + digit
        }
        if start + 4 < s.count, isNumeral(s[start + 4]) { return nil }
        return (value, start + 4)
    }

    /// A number from 0 to 99 (`12`, `十二`, `二十五`, `三十一`) starting at `start`.
    static func small(_ s: [Unicode.Scalar], at start: Int) -> (Int, Int)? {
        guard start < s.count else { return nil }
        if s[start].isDigitLike {
            var value = 0
            var index = start
            while index < s.count, let digit = s[index].digitValue, index - start < 2 {
                value = value * 10 + digit
                index += 1
            }
            if index < s.count, s[index].isDigitLike { return nil }
            return (value, index)
        }
        var index = start
        var tens = 0
        var units = 0
        if let digit = chineseDigits[s[index]], digit > 0 {
            units = digit
            index += 1
        }
        if index < s.count, s[index] == "十" {
            tens = units == 0 ? 1 : units
            units = 0
            index += 1
            if index < s.count, let digit = chineseDigits[s[index]], digit > 0 {
                units = digit
                index += 1
            }
        }
        guard index > start else { return nil }
        return (tens * 10 + units, index)
    }
}
