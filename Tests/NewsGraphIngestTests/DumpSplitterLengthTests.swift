import NewsGraphCore
import NewsGraphIngest
import NewsGraphTestSupport
import Testing

/// A dump article longer than the limit (a 200 MB file without headings or line breaks) is cut
/// into parts of bounded size, without losing or reordering a single character.
@Suite struct DumpSplitterLengthTests {
    @Test func shortArticlesAreLeftAlone() {
        let pieces = DumpSplitter.split("# 标题\n第一段。\n第二段。")
        let (bounded, notes) = DumpSplitter.bounded(pieces, maximumBytes: 100)
        #expect(bounded == pieces)
        #expect(notes.isEmpty)
    }

    @Test func aLongArticleIsCutBetweenParagraphs() {
        let paragraph = String(repeating: "解芳深入横水镇调研。", count: 3)
        let pieces = DumpSplitter.split("# 标题\n" + Array(repeating: paragraph, count: 10).joined(separator: "\n"))
        let (bounded, notes) = DumpSplitter.bounded(pieces, maximumBytes: paragraph.utf8.count * 3)
        #expect(bounded.count == 4)
        #expect(bounded.map(\.paragraphs.count) == [3, 3, 3, 1])
        #expect(bounded.allSatisfy { $0.title == "标题" && $0.line == 1 })
        #expect(notes == [DumpSplitter.LengthNote(line: 1, parts: 4)])
    }

    @Test func aSingleHugeLineIsCutAfterSentenceEndsWhenItHasThem() {
        var generator = SyntheticText(seed: 3)
        let line = generator.text(bytes: 50_000, punctuated: true).replacingNewlines()
        let (bounded, _) = DumpSplitter.bounded(DumpSplitter.split(line), maximumBytes: 4096)
        let paragraphs = bounded.flatMap(\.paragraphs)
        #expect(paragraphs.joined() == line)
        #expect(bounded.allSatisfy { $0.paragraphs.reduce(0) { $0 + $1.utf8.count } <= 4096 })
        #expect(paragraphs.dropLast().allSatisfy { $0.unicodeScalars.last.map { $0.isSentenceTerminal || $0 == "，" || $0 == "、" || $0 == " " } == true })
    }

    @Test func aLineWithoutPunctuationIsCutAtCharacterBoundaries() {
        let line = String(repeating: "县𠮷", count: 10_000)
        let (bounded, notes) = DumpSplitter.bounded(DumpSplitter.split(line), maximumBytes: 1000)
        #expect(bounded.flatMap(\.paragraphs).joined() == line)
        #expect(bounded.allSatisfy { $0.paragraphs.reduce(0) { $0 + $1.utf8.count } <= 1000 })
        #expect(notes.first?.parts == bounded.count)
    }
}

extension String {
    /// The text with line breaks removed, so that it is one dump line.
    fileprivate func replacingNewlines() -> String {
        String(String.UnicodeScalarView(unicodeScalars.filter { $0 != "\n" && $0 != "\r" }))
    }
}
