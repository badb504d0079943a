import NewsGraphCore
import NewsGraphIngest
import NewsGraphTestSupport
import Testing

/// A dump article longer than the limit (a 200 MB file without headings or line breaks) is cut
/// into parts of bounded size, without losing or reordering a single character, whether the
/// text arrives at once or in chunks that cut lines and characters' neighbours apart.
@Suite struct DumpSplitterLengthTests {
    /// The articles of `text` fed in chunks of `chunk` scalars, and the notes.
    private func split(_ text: String, maximumBytes: Int, chunk: Int = .max) -> ([DumpSplitter.Piece], [DumpSplitter.LengthNote]) {
        var stream = DumpSplitter.Stream(maximumBytes: maximumBytes)
        let scalars = Array(text.unicodeScalars)
        var start = 0
        while start < scalars.count {
            let end = min(scalars.count, start + min(chunk, scalars.count))
            stream.add(scalars.string(ScalarRange(start, end)))
            start = end
        }
        stream.finish()
        var pieces: [DumpSplitter.Piece] = []
        while let piece = stream.next() { pieces.append(piece) }
        return (pieces, stream.lengthNotes)
    }

    @Test func shortArticlesAreLeftAlone() {
        let text = "# 标题\n第一段。\n第二段。\r\n# 二\r\n正文"
        let (pieces, notes) = split(text, maximumBytes: 100, chunk: 3)
        #expect(pieces == DumpSplitter.split(text))
        #expect(pieces.count == 2)
        #expect(notes.isEmpty)
    }

    @Test func aLongArticleIsCutBetweenParagraphs() {
        let paragraph = String(repeating: "解芳深入横水镇调研。", count: 3)
        let text = "# 标题\n" + Array(repeating: paragraph, count: 10).joined(separator: "\n")
        let (pieces, notes) = split(text, maximumBytes: paragraph.utf8.count * 3, chunk: 7)
        #expect(pieces.map(\.paragraphs.count) == [3, 3, 3, 1])
        #expect(pieces.allSatisfy { $0.title == "标题" && $0.line == 1 })
        #expect(notes == [DumpSplitter.LengthNote(line: 1, parts: 4)])
    }

    @Test(arguments: [Int.max, 997]) func aSingleHugeLineIsCutAfterSentenceEndsWhenItHasThem(_ chunk: Int) {
        var generator = SyntheticText(seed: 3)
        let line = generator.text(bytes: 50_000, punctuated: true).replacingNewlines()
        let (pieces, _) = split(line, maximumBytes: 4096, chunk: chunk)
        let paragraphs = pieces.flatMap(\.paragraphs)
        #expect(paragraphs.joined() == line)
        #expect(pieces.allSatisfy { $0.paragraphs.reduce(0) { $0 + $1.utf8.count } <= 4096 })
        #expect(paragraphs.dropLast().allSatisfy { $0.unicodeScalars.last.map { $0.isSentenceTerminal || $0 == "，" || $0 == "、" || $0 == " " } == true })
        if chunk == 997 { #expect(pieces == split(line, maximumBytes: 4096).0) }
    }

    @Test func aLineWithoutPunctuationIsCutAtCharacterBoundaries() {
        let line = String(repeating: "县𠮷", count: 10_000)
        let (pieces, notes) = split(line, maximumBytes: 1000, chunk: 501)
        #expect(pieces.flatMap(\.paragraphs).joined() == line)
        #expect(pieces.allSatisfy { $0.paragraphs.reduce(0) { $0 + $1.utf8.count } <= 1000 })
        #expect(notes.first?.parts == pieces.count)
    }
}

extension String {
    /// The text with line breaks removed, so that it is one dump line.
    fileprivate func replacingNewlines() -> String {
        String(String.UnicodeScalarView(unicodeScalars.filter { $0 != "\n" && $0 != "\r" }))
    }
}
