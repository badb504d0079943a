import NewsGraphCore
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

    @Test func aJanuaryPaperPutsDecemberInTheYearBefore() {
        let date = TestPipeline.recognize("12月29日,县委书记", date: PartialDate(year: 2023, month: 1, day: 3))
            .mentions.first { $0.label == .date }
        #expect(date?.date?.resolved?.iso == "2022-12-29")
    }
}
