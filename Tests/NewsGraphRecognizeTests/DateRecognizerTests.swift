import NewsGraphCore
@testable import NewsGraphRecognize
import NewsGraphTestSupport
import Testing

@Suite struct DateRecognizerTests {
    /// (text, date text, norm, resolved with year 2022)
    static let cases: [(String, String, String, String?)] = [
        ("本报讯 12月1日,县委书记", "12月1日", "--12-01", "2022-12-01"),
        ("11月30日,县人大常委会", "11月30日", "--11-30", "2022-11-30"),
        ("关于2021年度县本级预算", "2021年度", "2021", "2021"),
        ("2022年3月,全县", "2022年3月", "2022-03", "2022-03"),
        ("二〇二二年十二月一日上午", "二〇二二年十二月一日", "2022-12-01", "2022-12-01"),
        ("12月1号上午", "12月1号", "--12-01", "2022-12-01"),
    ]

    @Test(arguments: cases.indices) func datesAreNormalisedAndResolved(_ index: Int) {
        let (text, dateText, norm, resolved) = Self.cases[index]
        let dates = TestPipeline.recognize(text, year: 2022).mentions.filter { $0.label == .date }
        #expect(dates.map(\.text) == [dateText])
        #expect(dates.first?.date?.norm.iso == norm)
        #expect(dates.first?.date?.resolved?.iso == resolved)
    }

    @Test func durationsAndQuantitiesAreNotDates() {
        let text = "到期后再延长30年试点工作,年产6000吨锂电池负极材料,13月45日"
        #expect(TestPipeline.recognize(text, year: 2022).mentions.filter { $0.label == .date }.isEmpty)
    }

    @Test func withoutAYearTheDateStaysPartial() {
        let date = TestPipeline.recognize("12月1日,县委书记").mentions.first { $0.label == .date }
        #expect(date?.date?.norm.iso == "--12-01")
        #expect(date?.date?.resolved == nil)
    }

    @Test func withoutAYearARelativeYearKeepsItsMonthAsWritten() {
        let dates = TestPipeline.recognize("今年11月,县委书记;今年以来,去年底,并在今年12月5日会议上报告").mentions.filter { $0.label == .date }
        #expect(dates.map(\.text) == ["今年11月", "今年12月5日"])
        #expect(dates.map { $0.date?.norm.iso } == ["--11", "--12-05"])
        #expect(dates.allSatisfy { $0.date?.resolved == nil })
    }

    @Test func aJanuaryPaperPutsDecemberInTheYearBefore() {
        let date = TestPipeline.recognize("12月29日,县委书记", date: PartialDate(year: 2023, month: 1, day: 3))
            .mentions.first { $0.label == .date }
        #expect(date?.date?.resolved?.iso == "2022-12-29")
    }
}

/// Ranges, parts of months and years, and dates relative to the article's date (2022-12-05).
@Suite struct DateRangeAndRelativeTests {
    static let published = PartialDate(year: 2022, month: 12, day: 5)

    /// (text, [(date text, norm, resolved)])
    static let cases: [(String, [(String, String, String?)])] = [
        ("11月29日至12月1日,全县开展", [("11月29日", "--11-29", "2022-11-29"), ("12月1日", "--12-01", "2022-12-01")]),
        ("11月29日至30日举行", [("11月29日", "--11-29", "2022-11-29"), ("30日", "--11-30", "2022-11-30")]),
        ("3月29日、30日8:30至17:30停电", [("3月29日", "--03-29", "2022-03-29"), ("30日", "--03-30", "2022-03-30")]),
        ("12月1日、3号楼", [("12月1日", "--12-01", "2022-12-01")]),
        ("2021年12月30日—2022年1月2日", [("2021年12月30日", "2021-12-30", "2021-12-30"), ("2022年1月2日", "2022-01-02", "2022-01-02")]),
        ("12月上旬,县委", [("12月上旬", "--12", "2022-12")]),
        ("1月份,全县工业增加值", [("1月份", "--01", "2022-01")]),
        ("2020年初,看到家乡;2021年底前", [("2020年初", "2020", "2020"), ("2021年底", "2021", "2021")]),
        ("2022年第一季度,全县", [("2022年第一季度", "2022", "2022")]),
        ("今年上半年,全县", [("今年上半年", "2022", "2022")]),
        ("今年以来,全县", [("今年", "2022", "2022")]),
        ("去年同期", [("去年", "2021", "2021")]),
        ("去年3月,全县", [("去年3月", "2021-03", "2021-03")]),
        ("昨日,县委书记", [("昨日", "2022-12-04", "2022-12-04")]),
        ("前天下午", [("前天", "2022-12-03", "2022-12-03")]),
        // A day in quoted speech counts from when it was said: no date; after the quote, one again.
        ("村民说:“今天专家到村里来。”今天下午", [("今天", "2022-12-05", "2022-12-05")]),
        ("二〇二二年十二月一日上午", [("二〇二二年十二月一日", "2022-12-01", "2022-12-01")]),
        ("本月15日,县委书记解芳深入横水镇调研", [("本月15日", "2022-12-15", "2022-12-15")]),
        // A day written alone that opens a clause takes the month of the date before it, or the
        // publication month (the month before for a later day); a span or a repeat is none.
        ("11月28日,县委召开会议。30日上午,县长调研", [("11月28日", "--11-28", "2022-11-28"), ("30日", "---30", "2022-11-30")]),
        ("本报讯 3日晚,县里举办晚会;17日,全县开展", [("3日", "---03", "2022-12-03"), ("17日", "---17", "2022-11-17")]),
        ("30日内完成整改,每月15日发放补贴", []),
        ("上月20日,绛县召开全县经济工作会议", [("上月20日", "2022-11-20", "2022-11-20")]),
        ("上月,全县完成植树造林1.2万亩", [("上月", "2022-11", "2022-11")]),
        ("下月中旬前完成验收", [("下月中旬", "2023-01", "2023-01")]),
        ("1至11月,全县规上工业增加值增长8.6%", [("1至11月", "2022", "2022")]),
        ("1-11月份,绛县完成固定资产投资", [("1-11月份", "2022", "2022")]),
        // A span of months written with both 月 is two dates, the second completed by the first.
        ("今年1月至11月,运城市招商引资", [("今年1月", "2022-01", "2022-01"), ("11月", "2022-11", "2022-11")]),
        ("今年4月至5月,全县开展专项整治", [("今年4月", "2022-04", "2022-04"), ("5月", "2022-05", "2022-05")]),
        ("前11个月,全县一般公共预算收入增长", [("前11个月", "2022", "2022")]),
        ("前三季度,全县地区生产总值增长5.2%", [("前三季度", "2022", "2022")]),
        ("会议听取前三季度经济运行情况汇报", [("前三季度", "2022", "2022")]),
        ("一季度,横水镇新开工项目3个", [("一季度", "2022", "2022")]),
        ("第四季度全县粮食收购", [("第四季度", "2022", "2022")]),
        ("2022年前三季度,山西省经济", [("2022年前三季度", "2022", "2022")]),
        ("3月上旬,古绛镇开展春耕", [("3月上旬", "--03", "2022-03")]),
        ("8月中下旬,全县秋粮", [("8月中下旬", "--08", "2022-08")]),
        ("截至11月底,全县完成", [("11月底", "--11", "2022-11")]),
        ("本月底前完成", [("本月底", "2022-12", "2022-12")]),
        // The end or start of a relative year is that year (今年年底, 明年初), not 初步.
        ("力争今年年底前完成,明年初投产,今年初步建成", [("今年年底", "2022", "2022"), ("明年初", "2023", "2023"), ("今年", "2022", "2022")]),
        ("5月以来,景区接待研学团队60余批次", [("5月", "--05", "2022-05")]),
        ("自9月起,全县实行", [("9月", "--09", "2022-09")]),
        ("据统计,8月全县电商交易额增长", [("8月", "--08", "2022-08")]),
        // After a word that places an event in time, a month alone is a date too.
        ("生产线预计9月投产,计划于10月达产", [("9月", "--09", "2022-09"), ("10月", "--10", "2022-10")]),
        ("运动会将在6月举行,从3月开始训练", [("6月", "--06", "2022-06"), ("3月", "--03", "2022-03")]),
        // 初 of 初步 is no part of the month: 12月, not 12月初.
        ("12月初步完成", [("12月", "--12", "2022-12")]),
        ("再用3个月时间,开业前3个月,晚上月光,登上月球,基本月薪", []),
        ("回顾过去年代", []),
        ("延长30年试点,年产6000吨,十余天", []),
    ]

    @Test(arguments: cases.indices) func rangesPartsAndRelativeDates(_ index: Int) {
        let (text, expected) = Self.cases[index]
        let dates = TestPipeline.recognize(text, date: Self.published).mentions.filter { $0.label == .date }
        #expect(dates.map(\.text) == expected.map(\.0))
        #expect(dates.map { $0.date?.norm.iso ?? "" } == expected.map(\.1))
        #expect(dates.map { $0.date?.resolved?.iso } == expected.map(\.2))
    }

    @Test func dayArithmeticCrossesMonthsAndYears() {
        #expect(DateRecognizer.adding(-2, to: PartialDate(year: 2023, month: 1, day: 1))?.iso == "2022-12-30")
        #expect(DateRecognizer.adding(1, to: PartialDate(year: 2024, month: 2, day: 28))?.iso == "2024-02-29")
        #expect(DateRecognizer.adding(1, to: PartialDate(year: 2023, month: 2, day: 28))?.iso == "2023-03-01")
    }

    @Test func aJanuaryPaperPutsLastMonthAndTheFourthQuarterInTheYearBefore() {
        let text = "上月28日,四季度,1至12月,一季度"
        let dates = TestPipeline.recognize(text, date: PartialDate(year: 2023, month: 1, day: 6)).mentions
            .filter { $0.label == .date }
        #expect(dates.map(\.text) == ["上月28日", "四季度", "1至12月", "一季度"])
        #expect(dates.map { $0.date?.resolved?.iso } == ["2022-12-28", "2022", "2022", "2023"])
    }

    @Test func aMayPaperPutsTheSecondHalfInItsOwnYear() {
        let text = "下半年,全县将新建村级光伏电站5座。从08年下半年开始,同年一季度"
        let dates = TestPipeline.recognize(text, date: PartialDate(year: 2022, month: 5, day: 10)).mentions
            .filter { $0.label == .date }
        #expect(dates.map(\.text) == ["下半年"])
        #expect(dates.first?.date?.resolved?.iso == "2022")
    }

    @Test func relativeMonthsNeedTheArticleMonth() {
        let dates = TestPipeline.recognize("本月15日,上月,一季度", year: 2022).mentions.filter { $0.label == .date }
        #expect(dates.map(\.text) == ["一季度"])
    }

    @Test func relativeDaysNeedTheArticleDate() {
        let dates = TestPipeline.recognize("昨日,县委书记", year: 2022).mentions.filter { $0.label == .date }
        #expect(dates.isEmpty)
    }
}
