import NewsGraphCore
import Testing

@Suite struct PartialDateTests {
    @Test func rendersTheFormsTEIAccepts() {
        #expect(PartialDate(year: 2022, month: 12, day: 1).iso == "2022-12-01")
        #expect(PartialDate(month: 12, day: 1).iso == "--12-01")
        #expect(PartialDate(year: 2021).iso == "2021")
        #expect(PartialDate(year: 2022, month: 3).iso == "2022-03")
        #expect(PartialDate(month: 3).iso == "--03")
    }

    @Test func parsesWhatItWritesAndTimestamps() {
        for text in ["2022-12-01", "--12-01", "2021", "2022-03", "--03"] {
            #expect(PartialDate(iso: text)?.iso == text)
        }
        #expect(PartialDate(iso: "2022-12-05T08:00:00Z")?.iso == "2022-12-05")
        #expect(PartialDate(iso: "2022-02-30") == nil)
        #expect(PartialDate(iso: "12-01") == nil)
        #expect(PartialDate(iso: "2022/12/01") == nil)
    }

    @Test func validityKnowsMonthLengthsAndLeapYears() {
        #expect(PartialDate(year: 2024, month: 2, day: 29).isValid)
        #expect(!PartialDate(year: 2023, month: 2, day: 29).isValid)
        #expect(PartialDate(month: 2, day: 29).isValid)
        #expect(!PartialDate(month: 4, day: 31).isValid)
        #expect(!PartialDate(month: 13).isValid)
    }
}
