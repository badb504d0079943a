import NewsGraphCore

/// Finds calendar dates: `2022年12月1日`, `12月1日`, `12月1号`, `2022年3月`, `2021年度`,
/// `2022年`, written in Arabic or Chinese numerals (`二〇二二年十二月一日`); parts of a month
/// (`12月上旬`), parts of a year (`2022年第一季度`, `今年上半年`, `前三季度`, `1至11月`,
/// `前11个月`); both ends of a range (`11月29日至12月1日`, `11月29日至30日`); and dates relative
/// to the article's date (`今年`, `去年`, `昨日`, `前天`, `今年3月`, `本月15日`, `上月`); a day
/// written alone that opens a clause (`16日上午`, `DateRecognizer+Days`).
///
/// A year needs four digits, so durations (`30年试点`) and quantities (`6000吨`) are not
/// dates. Dates without a year are completed with `context.year`; relative dates appear only
/// when the context resolves them. See `DateRecognizer.md`.
struct DateRecognizer {
    /// The year to complete dates without one, the publication month to tell December of last
    /// year from December of this year in a January paper, and the publication day for `昨日`.
    struct Context {
        var year: Int?
        var month: Int?
        var day: Int?
    }

    let context: Context

    /// Date candidates in `scan`.
    /// - Complexity: O(n).
    func candidates(in scan: ArticleScan) -> [Candidate] {
        let s = scan.scalars
        var result: [Candidate] = []
        var position = 0
        let starts = Self.starts
        // The year and month of the last date with a month, for a day written alone after it.
        var lastMonth: PartialDate?
        func noteMonth(_ date: PartialDate?) {
            if let date, date.year != nil, date.month != nil { lastMonth = date }
        }
        while position < s.count {
            // Most scalars start no date: skip them before any parsing.
            guard starts.contains(s[position]) else {
                position += 1
                continue
            }
            if let (date, end) = parse(s, at: position), date.isValid {
                let resolved = resolve(date)
                result.append(candidate(position, end, DateReading(norm: date, resolved: resolved)))
                noteMonth(resolved)
                position = end
                // The second end of a range may leave out what it shares with the first (至30日).
                if let (second, secondEnd) = rangeEnd(s, at: position, after: date) {
                    result.append(candidate(position + 1, secondEnd, DateReading(norm: second, resolved: resolve(second))))
                    position = secondEnd
                }
                // So may the days listed after it (3月29日、30日).
                var listed = date
                while let (next, nextEnd) = listedDay(s, at: position, after: listed) {
                    result.append(candidate(position + 1, nextEnd, DateReading(norm: next, resolved: resolve(next))))
                    listed = next
                    position = nextEnd
                }
            } else if let (reading, end) = relative(s, at: position) {
                result.append(candidate(position, end, reading))
                noteMonth(reading.resolved)
                position = end
                if let (second, secondEnd) = rangeEnd(s, at: position, after: reading.norm) {
                    result.append(candidate(position + 1, secondEnd, DateReading(norm: second, resolved: resolve(second))))
                    position = secondEnd
                }
            } else if let (reading, end) = relativeMonth(s, at: position) {
                result.append(candidate(position, end, reading, rule: "rule:date.relative-month"))
                noteMonth(reading.resolved)
                position = end
            } else if let (reading, end) = bareDay(s, at: position, after: lastMonth) {
                result.append(candidate(position, end, reading, rule: "rule:date.day"))
                position = end
            } else if let (reading, end) = period(s, at: position) {
                result.append(candidate(position, end, reading, rule: "rule:date.part-of-year"))
                position = end
            } else {
                position += 1
            }
        }
        return result
    }

    private func candidate(_ start: Int, _ end: Int, _ reading: DateReading, rule: String = "rule:date") -> Candidate {
        Candidate(range: ScalarRange(start, end), label: .date, priority: Priority.date, provenance: rule, date: reading)
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
            // The start or end of the year (2020年初, 2022年底, 年末), not 初步.
            if position < s.count, Self.yearEnds.contains(s[position]), (1900...2099).contains(year),
               s[position] != "初" || position + 1 >= s.count || s[position + 1] != "步" {
                return (date, position + 1)
            }
            if let (end, _) = Self.partOfYear(s, at: position) {
                return (1900...2099).contains(year) ? (date, end) : nil
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
        if let (day, dayEnd) = Self.day(s, at: position) {
            date.day = day
            return (date, dayEnd)
        }
        // 上旬, 中旬, 下旬, 初, 底, 末, 份 make a month without a day a date (12月上旬, 11月底, 1月份).
        if let end = Self.monthPart(s, at: position) { return (date, end) }
        // A month without a day is a date only with its year (2022年3月), where a period starts
        // from it (5月以来, 5月起), or written in digits at the start of a clause (，8月全县…);
        // not alone elsewhere (三月三, 十月怀胎).
        if date.year == nil, Self.word(Self.periodStarts, in: s, at: position) != nil
            || Self.opensClause(monthAt: start, end: position, s) {
            return (date, position)
        }
        return date.year != nil ? (date, position) : nil
    }

    /// What may follow a month at `start`: a day (`15日`), set on `date`, or a part of the month
    /// (`上旬`, `底`); returns where the date ends.
    static func monthTail(_ s: [Unicode.Scalar], at start: Int, into date: inout PartialDate) -> Int {
        if let (day, dayEnd) = day(s, at: start) {
            date.day = day
            return dayEnd
        }
        return monthPart(s, at: start) ?? start
    }

    /// `D日` or `D号` at `start`.
    static func day(_ s: [Unicode.Scalar], at start: Int) -> (Int, Int)? {
        guard let (day, dayEnd) = Numeral.small(s, at: start), dayEnd < s.count, s[dayEnd] == "日" || s[dayEnd] == "号" else {
            return nil
        }
        return (day, dayEnd + 1)
    }

    /// After a date ending at `position`: a range sign and the range's other end, written in
    /// full or with only what differs (`至30日`, `至12月1日`); after a month, a later month of
    /// the same year (`今年4月至5月`).
    private func rangeEnd(_ s: [Unicode.Scalar], at position: Int, after first: PartialDate) -> (PartialDate, Int)? {
        guard position + 1 < s.count, Self.rangeSigns.contains(s[position]) else { return nil }
        guard first.day != nil else {
            guard let firstMonth = first.month, let (month, monthEnd) = Numeral.small(s, at: position + 1), monthEnd < s.count,
                  s[monthEnd] == "月", month > firstMonth, month <= 12, Self.day(s, at: monthEnd + 1) == nil else { return nil }
            var second = PartialDate(year: first.year, month: month)
            let end = Self.monthTail(s, at: monthEnd + 1, into: &second)
            return (second, end)
        }
        if let (date, end) = parse(s, at: position + 1), date.isValid, date.day != nil {
            var second = date
            if second.year == nil { second.year = first.year }
            return (second, end)
        }
        guard let (day, end) = Self.day(s, at: position + 1) else { return nil }
        let second = PartialDate(year: first.year, month: first.month, day: day)
        guard second.isValid, day > (first.day ?? 0) else { return nil }
        return (second, end)
    }

    /// After a date with a day ending at `position`: 、 and a later day of the same month written
    /// alone, which shares the date's month and year (`3月29日、30日`, `12月1日、3日、5日`).
    private func listedDay(_ s: [Unicode.Scalar], at position: Int, after previous: PartialDate) -> (PartialDate, Int)? {
        guard let previousDay = previous.day, position + 1 < s.count, s[position] == "、",
              let (day, end) = Self.day(s, at: position + 1) else { return nil }
        // 号 before a Han character numbers something else (`3号楼`).
        guard s[end - 1] == "日" || end == s.count || !s[end].isHan else { return nil }
        let next = PartialDate(year: previous.year, month: previous.month, day: day)
        guard next.isValid, day > previousDay else { return nil }
        return (next, end)
    }

    /// A relative date (`今年`, `去年3月`, `昨日`) at `start`, resolved against the context.
    private func relative(_ s: [Unicode.Scalar], at start: Int) -> (DateReading, Int)? {
        guard start + 1 < s.count, Self.startsRelative(s[start]) else { return nil }
        // 过去年代 is not 去年.
        if start > 0, s[start - 1] == "过" { return nil }
        if let (years, end) = Self.lookup(Self.relativeYears, s, at: start) {
            // Without the article's year, a month after it is still a date, partial as written
            // (`今年11月` → `--11`); the year alone, its edges and its parts are then none.
            let year = context.year.map { $0 + years }
            var date = PartialDate(year: year)
            var position = end
            if let edgeEnd = Self.yearEdge(s, at: position) {
                guard year != nil else { return nil }
                position = edgeEnd
            } else if let (partEnd, _) = Self.partOfYear(s, at: position) {
                guard year != nil else { return nil }
                position = partEnd
            } else if let (month, monthEnd) = Numeral.small(s, at: position), monthEnd < s.count, s[monthEnd] == "月",
                      (1...12).contains(month) {
                date.month = month
                position = Self.monthTail(s, at: monthEnd + 1, into: &date)
            }
            guard date.isValid, year != nil || date.month != nil else { return nil }
            return (DateReading(norm: date, resolved: year == nil ? nil : date), position)
        }
        if let (days, end) = Self.lookup(Self.relativeDays, s, at: start) {
            // In quoted speech (“今天专家到村里来”) a day is counted from when it was said.
            guard !Self.insideQuote(s, at: start),
                  let year = context.year, let month = context.month, let day = context.day,
                  let date = Self.adding(days, to: PartialDate(year: year, month: month, day: day)) else { return nil }
            return (DateReading(norm: date, resolved: date), end)
        }
        return nil
    }

    /// Whether `start` lies inside a quotation (“…”) opened earlier in its paragraph.
    /// - Complexity: O(p) in the length of the paragraph before `start`.
    private static func insideQuote(_ s: [Unicode.Scalar], at start: Int) -> Bool {
        var position = start - 1
        while position >= 0, s[position] != "\n" {
            if s[position] == "”" { return false }
            if s[position] == "“" { return true }
            position -= 1
        }
        return false
    }

    /// The end of the start or end of a year written after a relative year (今年年底, 今年底,
    /// 明年初), not 初步; nil when none is written at `start`.
    private static func yearEdge(_ s: [Unicode.Scalar], at start: Int) -> Int? {
        let position = start < s.count && s[start] == "年" ? start + 1 : start
        guard position < s.count, yearEnds.contains(s[position]),
              s[position] != "初" || position + 1 >= s.count || s[position + 1] != "步" else { return nil }
        return position + 1
    }

    /// `date` moved by `days` (-2 to 2).
    static func adding(_ days: Int, to date: PartialDate) -> PartialDate? {
        guard var year = date.year, var month = date.month, var day = date.day else { return nil }
        day += days
        while day < 1 {
            month -= 1
            if month < 1 { (month, year) = (12, year - 1) }
            day += PartialDate.daysIn(month: month, year: year)
        }
        while day > PartialDate.daysIn(month: month, year: year) {
            day -= PartialDate.daysIn(month: month, year: year)
            month += 1
            if month > 12 { (month, year) = (1, year + 1) }
        }
        return PartialDate(year: year, month: month, day: day)
    }

    /// The end of the first of `words` written at `start`.
    static func word(_ words: [[Unicode.Scalar]], in s: [Unicode.Scalar], at start: Int) -> Int? {
        for word in words where start + word.count <= s.count && s[start..<start + word.count].elementsEqual(word) {
            return start + word.count
        }
        return nil
    }

    static func lookup(_ table: [([Unicode.Scalar], Int)], _ s: [Unicode.Scalar], at start: Int) -> (Int, Int)? {
        for (word, offset) in table where start + word.count <= s.count && s[start..<start + word.count].elementsEqual(word) {
            return (offset, start + word.count)
        }
        return nil
    }

    static let rangeSigns: ScalarSet = ["至", "到", "—", "–", "-", "~", "～", "－"]
    /// What may follow a year and keep it the year's date: its start and end (年初, 年底, 年末).
    static let yearEnds: ScalarSet = ["初", "底", "末"]
    /// What may follow a month without a day and keep it a date: its thirds (also two of them,
    /// `8月中下旬`), start and end, and 份 of a month named as a period (`1月份`).
    static let monthParts = ["上中旬", "中下旬", "上旬", "中旬", "下旬", "初", "底", "末", "份"].map { Array($0.unicodeScalars) }
    /// Whether the month in digits at `start` (`8月`, ending at `end`) opens a clause or a time:
    /// it follows the start of the text, a clause mark or a word that places an event in time
    /// (`预计9月投产`, `计划于9月`), and no word begins with its 月 (月球, 月薪).
    static func opensClause(monthAt start: Int, end: Int, _ s: [Unicode.Scalar]) -> Bool {
        guard s[start].isASCII, start == 0 || clauseMarks.contains(s[start - 1])
            || timeWordsBeforeMonth.contains(where: { s[..<start].reversed().starts(with: $0.reversed()) }) else { return false }
        return end == s.count || !beginsWordAfterMonth.contains(s[end])
    }

    /// Words before a month alone that place an event in it (预计, 计划于, 将于, 力争, 在 of
    /// `在6月举行`, 从 of `从3月起`).
    private static let timeWordsBeforeMonth = ["于", "预计", "计划", "争取", "力争", "截至", "在", "从", "自"].map { Array($0.unicodeScalars) }

    /// Marks after which a clause starts.
    private static let clauseMarks: ScalarSet = ["\n", "，", ",", "。", "；", ";", "：", ":", "、", "！", "？"]

    /// Words after a month alone that make it the start of a period (5月以来).
    static let periodStarts = ["以来", "以后", "起"].map { Array($0.unicodeScalars) }

    /// Where a part of a month (`上旬`, `初`, `底`) written at `start` ends; 初步 (first step) is none.
    static func monthPart(_ s: [Unicode.Scalar], at start: Int) -> Int? {
        guard let end = word(monthParts, in: s, at: start) else { return nil }
        if s[start] == "初", end < s.count, s[end] == "步" { return nil }
        return end
    }
    static let halves = ["上半年", "下半年"].map { Array($0.unicodeScalars) }
    private static let relativeYears: [([Unicode.Scalar], Int)] = [
        ("今年", 0), ("去年", -1), ("前年", -2), ("明年", 1),
    ].map { (Array($0.0.unicodeScalars), $0.1) }
    private static let relativeDays: [([Unicode.Scalar], Int)] = [
        ("今天", 0), ("今日", 0), ("昨天", -1), ("昨日", -1), ("前天", -2), ("明天", 1), ("明日", 1), ("后天", 2),
    ].map { (Array($0.0.unicodeScalars), $0.1) }
    /// The scalars any date can start with: numerals, the first characters of relative dates,
    /// and 第 of `第一季度`.
    private static let starts = ScalarSet { Numeral.isNumeral($0) || startsRelative($0) || $0 == "第" }

    /// Whether a relative date or a part of a year can start with `scalar` (今, 去, 前, 明, 昨,
    /// 后; 本, 上, 下 of `本月`, `上月`, `下半年`).
    private static func startsRelative(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "今", "去", "前", "明", "昨", "后", "本", "上", "下": true
        default: false
        }
    }
}

/// Arabic and Chinese numerals as dates write them.
enum Numeral {
    /// The value of a Chinese digit (`〇`, `零`, `一` … `九`), decided with a switch (no hashing on
    /// the per-scalar path).
    static func chineseDigit(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar {
        case "〇", "零", "○": 0
        case "一": 1
        case "二": 2
        case "三": 3
        case "四": 4
        case "五": 5
        case "六": 6
        case "七": 7
        case "八": 8
        case "九": 9
        default: nil
        }
    }

    static func isNumeral(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isDigitLike || chineseDigit(scalar) != nil || scalar == "十"
    }

    /// Four digits (`2022`, `二〇二二`) starting at `start`, not followed by a fifth.
    static func year(_ s: [Unicode.Scalar], at start: Int) -> (Int, Int)? {
        guard start + 4 <= s.count else { return nil }
        var value = 0
        for index in start..<start + 4 {
            guard let digit = s[index].digitValue ?? chineseDigit(s[index]) else { return nil }
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
        if let digit = chineseDigit(s[index]), digit > 0 {
            units = digit
            index += 1
        }
        if index < s.count, s[index] == "十" {
            tens = units == 0 ? 1 : units
            units = 0
            index += 1
            if index < s.count, let digit = chineseDigit(s[index]), digit > 0 {
                units = digit
                index += 1
            }
        }
        guard index > start else { return nil }
        return (tens * 10 + units, index)
    }
}
