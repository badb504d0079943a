import NewsGraphCore
import Testing

/// A problem is one line on stderr whatever its file name or message holds.
@Suite struct ProblemLineTests {
    @Test func lineBreaksAndControlsAreEscaped() {
        let problem = Problem(.warning, file: "a\nb.jsonl", line: 3, "duplicate id \"x\r\ny\u{2028}\u{1B}\"; kept as \"x#2\"")
        #expect(problem.description == #"a\nb.jsonl:3: warning: duplicate id "x\r\ny\u{2028}\u{1B}"; kept as "x#2""#)
        #expect(Problem(.error, file: "报纸.txt", "cannot read").description == "报纸.txt: error: cannot read")
    }
}
