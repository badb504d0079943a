import NewsGraphCore

/// Parts of a year (`一季度`, `前三季度`, `上半年`, `1至11月`, `前11个月`) and months relative to
/// the article's date (`本月15日`, `上月`, `下个月`).
///
/// A part of a year is a date of year precision: written after a year (`2022年1-11月`,
/// `今年前三季度`) it takes that year; written alone it takes the article's year, or the year
/// before when it cannot be this year's yet: a part from January on (`1至12月`, `前三季度`)
/// that ends more than six months after the publication month, a later part (`四季度`,
/// `下半年`) that starts six months or more after it (both in a January paper). Like relative
/// dates, those written alone appear only when the year is known; after another 年 (`08年下半年`,
/// `同年一季度`) they are none.
extension DateRecognizer {
    /// Where a part of a year starting at `start` ends, and the months it covers:
    /// `上半年`, `下半年`, `[第]N季度`, `前N[个]季度`, `前N个月`, `M至N月`, `M月-N月` (`份` may follow).
    static func partOfYear(_ s: [Unicode.Scalar], at start: Int) -> (end: Int, months: ClosedRange<Int>)? {
        if let end = word([halves[0]], in: s, at: start) { return (end, 1...6) }
        if let end = word([halves[1]], in: s, at: start) { return (end, 7...12) }
        if start < s.count, s[start] == "前", let (count, countEnd) = count(s, at: start + 1) {
            // 前三季度, 前三个季度: the first quarters; 前11个月: the first months.
            let afterMeasure = countEnd < s.count && s[countEnd] == "个" ? countEnd + 1 : countEnd
            if (2...3).contains(count), let end = word([quarter], in: s, at: afterMeasure) { return (end, 1...3 * count) }
            if (2...12).contains(count), afterMeasure > countEnd, afterMeasure < s.count, s[afterMeasure] == "月" {
                return (afterMeasure + 1, 1...count)
            }
            return nil
        }
        var position = start
        if position < s.count, s[position] == "第" { position += 1 }
        if let (number, numberEnd) = Numeral.small(s, at: position), (1...4).contains(number),
           let end = word([quarter], in: s, at: numberEnd) {
            return (end, 3 * number - 2...3 * number)
        }
        guard position == start else { return nil }
        return monthRange(s, at: start)
    }

    /// `M至N月`, `M-N月` (1 ≤ M < N ≤ 12), with `份` after it taken in. Written with both 月
    /// (`1月至11月`, `4月至5月`), it is a range of two months, dated end by end by the range
    /// rule, as county papers' readers take it.
    private static func monthRange(_ s: [Unicode.Scalar], at start: Int) -> (end: Int, months: ClosedRange<Int>)? {
        guard let (first, firstEnd) = Numeral.small(s, at: start), (1...11).contains(first) else { return nil }
        let position = firstEnd
        guard position < s.count, rangeSigns.contains(s[position]),
              let (last, lastEnd) = Numeral.small(s, at: position + 1), lastEnd < s.count, s[lastEnd] == "月",
              first < last, last <= 12 else { return nil }
        // A day after the second month makes it a day of a range of days (1月至3月5日), not this.
        if day(s, at: lastEnd + 1) != nil { return nil }
        let end = lastEnd + 1 < s.count && s[lastEnd + 1] == "份" ? lastEnd + 2 : lastEnd + 1
        return (end, first...last)
    }

    /// A count of 1 to 99, also `两`.
    private static func count(_ s: [Unicode.Scalar], at start: Int) -> (Int, Int)? {
        if start < s.count, s[start] == "两" { return (2, start + 1) }
        return Numeral.small(s, at: start)
    }

    /// A part of a year written without a year (`一季度`, `前11个月`, `1至11月`), dated with the
    /// article's year.
    func period(_ s: [Unicode.Scalar], at start: Int) -> (DateReading, Int)? {
        guard let year = context.year else { return nil }
        // After a numeral or another 年 (08年下半年, 同年一季度), the year is not the article's.
        if start > 0, Numeral.isNumeral(s[start - 1]) || s[start - 1] == "年" { return nil }
        // 前3个月 after a word counts back from it (开业前3个月), it is no part of a year;
        // quarters are always the year's (听取前三季度经济运行情况).
        if s[start] == "前", start > 0, s[start - 1].isHan, !s[min(start + 2, s.count)..<min(start + 5, s.count)].contains("季") {
            return nil
        }
        guard let (end, months) = Self.partOfYear(s, at: start) else { return nil }
        var date = PartialDate(year: year)
        if let published = context.month {
            let notYet = months.lowerBound == 1 ? months.upperBound - published > 6 : months.lowerBound - published >= 6
            if notYet { date.year = year - 1 }
        }
        return (DateReading(norm: date, resolved: date), end)
    }

    /// `本月`, `上月`, `下月`, `上个月`, `下个月`, with a day (`上月20日`) or a part of the month
    /// (`本月中旬`) after it, resolved against the article's year and month.
    func relativeMonth(_ s: [Unicode.Scalar], at start: Int) -> (DateReading, Int)? {
        guard let (months, wordEnd) = Self.lookup(Self.relativeMonths, s, at: start),
              let year = context.year, let published = context.month else { return nil }
        // 晚上, 马上, 以下, 基本 end a word before 月; 月球, 月台, 月光 begin one after it.
        if start > 0, Self.endsWordBefore[s[start]]?.contains(s[start - 1]) ?? false { return nil }
        if wordEnd < s.count, Self.beginsWordAfterMonth.contains(s[wordEnd]) { return nil }
        var month = published + months
        var resolvedYear = year
        if month < 1 { (month, resolvedYear) = (month + 12, year - 1) }
        if month > 12 { (month, resolvedYear) = (month - 12, year + 1) }
        var date = PartialDate(year: resolvedYear, month: month)
        let end = Self.monthTail(s, at: wordEnd, into: &date)
        guard date.isValid else { return nil }
        return (DateReading(norm: date, resolved: date), end)
    }

    private static let quarter = Array("季度".unicodeScalars)
    private static let relativeMonths: [([Unicode.Scalar], Int)] = [
        ("本月", 0), ("上个月", -1), ("上月", -1), ("下个月", 1), ("下月", 1),
    ].map { (Array($0.0.unicodeScalars), $0.1) }
    /// Characters before 本, 上, 下 with which they make a word (基本, 晚上, 以下).
    private static let endsWordBefore: [Unicode.Scalar: Set<Unicode.Scalar>] = [
        "本": ["基", "成", "资", "根", "样", "版", "课", "账", "剧", "文"],
        "上": ["晚", "早", "马", "登", "走", "爬"],
        "下": ["以", "天", "地", "底", "私", "眼", "当", "乡", "如", "之", "树", "走", "跳"],
    ]
    /// Characters after 月 with which it makes a word (月球, 月台, 月光).
    static let beginsWordAfterMonth: ScalarSet = ["球", "台", "光", "亮", "色", "牙", "宫", "饼", "薪"]
}
