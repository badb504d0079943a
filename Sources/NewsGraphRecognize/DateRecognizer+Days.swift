import NewsGraphCore

/// A day written alone (`16日上午`, `，19日下午`, `17日晚`): news gives the day without its
/// month when the month is plain from the lead.
///
/// Only a day that opens a clause (the start of the text or a line, or after a clause mark or a
/// space) and that a time of day or a comma follows is taken: `30日内` and `每月15日` are spans
/// and repeats, no day. It takes the month of the last date with a month before it in the
/// article (`10月15日……16日上午`), or else the publication month, or the month before that when
/// the day comes after the publication day (a paper of 2 November writing `29日上午`). Like
/// relative dates it appears only when its month and year are known; its `norm` is the day
/// alone (`---16`).
extension DateRecognizer {
    /// The day that opens a clause at `start`, its end, and the date it resolves to after the
    /// dated `month` (a year and a month), or nil.
    func bareDay(_ s: [Unicode.Scalar], at start: Int, after month: PartialDate?) -> (DateReading, Int)? {
        guard start == 0 || Self.opensDayClause.contains(s[start - 1]),
              let (day, end) = Self.day(s, at: start), end < s.count,
              Self.startsTimeOfDay(s, at: end) || s[end] == "，" || s[end] == "," else { return nil }
        let resolved: PartialDate
        if let month, let year = month.year, let number = month.month {
            resolved = PartialDate(year: year, month: number, day: day)
        } else if let year = context.year, let published = context.month, let publishedDay = context.day {
            if day <= publishedDay {
                resolved = PartialDate(year: year, month: published, day: day)
            } else {
                resolved = published == 1 ? PartialDate(year: year - 1, month: 12, day: day) : PartialDate(year: year, month: published - 1, day: day)
            }
        } else {
            return nil
        }
        guard resolved.isValid else { return nil }
        return (DateReading(norm: PartialDate(day: day), resolved: resolved), end)
    }

    /// Whether a time of day is written at `start` (上午, 下午, 晚, 凌晨 …).
    private static func startsTimeOfDay(_ s: [Unicode.Scalar], at start: Int) -> Bool {
        word(timesOfDay, in: s, at: start) != nil
    }

    /// Times of day after a day (`16日上午`, `17日晚`).
    private static let timesOfDay = ["上午", "下午", "中午", "晚上", "晚间", "晚", "凌晨", "早上", "早晨", "清晨", "傍晚", "夜间", "夜"]
        .map { Array($0.unicodeScalars) }

    /// What a day opening a clause follows: a line break, a clause mark or a space (`本报讯 17日`).
    private static let opensDayClause: ScalarSet = ["\n", "，", ",", "。", "；", ";", "：", ":", "！", "？", " ", "\u{3000}", "）", ")"]
}
