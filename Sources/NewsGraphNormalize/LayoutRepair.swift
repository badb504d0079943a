import NewsGraphCore

/// Rebuilds an article's text from the lines of a dump: rejoins words that page layout broke
/// across lines (`相\n\n关农业` → `相关农业`), drops a stray caption after the closing byline,
/// and puts a byline glued to the last sentence (`…活水。张倩倩`) on its own line.
///
/// Paragraphs are joined with `\n`. A line break is a layout break, not a paragraph end, when
/// the line before it does not end a sentence and the next line goes on with text, unless both
/// lines open with a label (`优秀共产党员(10名)：王平安、…、姚江` then `优秀党务工作者(5名)：…`)
/// or both are rows of a table (`冉启明 南坝镇钟灵村卫生室` then `王秀英 峰城镇中心卫生院`).
public enum LayoutRepair {
    /// The longest byline the repair splits off: a compound surname and a two-character name.
    static let maximumBylineLength = 4
    /// The longest line taken for a caption.
    static let maximumCaptionLength = 20
    /// The longest label before the colon that opens a line of a labelled list.
    static let maximumLabelLength = 16
    /// The longest first column of a table row (`冉启明 南坝镇钟灵村卫生室`): a name.
    static let maximumColumnLength = 4

    /// The repaired text of an article given as dump lines.
    /// - Complexity: O(n) in the text length; only the ends of lines are looked at scalar by
    ///   scalar, the lines themselves are copied whole.
    public static func text(fromParagraphs paragraphs: [String]) -> String {
        var lines = paragraphs
        dropTrailingCaptions(&lines)
        splitGluedByline(&lines)
        var text = ""
        text.reserveCapacity(lines.reduce(lines.count) { $0 + $1.utf8.count })
        var previous: String?
        for line in lines {
            if let previous, !continues(previous.unicodeScalars, with: line.unicodeScalars) { text.append("\n") }
            text.append(line)
            previous = line
        }
        return text
    }

    /// Whether a line break between `previous` (the whole line before it) and `next` (the text
    /// after it, at least `maximumLabelLength + 1` scalars of it when there are) is a layout
    /// break inside a sentence.
    static func continues<Previous: BidirectionalCollection, Next: Collection>(
        _ previous: Previous, with next: Next
    ) -> Bool where Previous.Element == Unicode.Scalar, Next.Element == Unicode.Scalar {
        guard let last = previous.last, let first = next.first else { return false }
        guard last.isHan || last.isDigitLike || isContinuingPunctuation(last) else { return false }
        guard first.isHan || first.isDigitLike else { return false }
        return !startsEnumeration(Array(next.prefix(4))) && !(opensWithLabel(previous) && opensWithLabel(next))
            && !(opensWithColumn(previous) && opensWithColumn(next)) && !isCreditLine(previous)
    }

    /// Whether a line is a byline of its own: a credit word, then a name of two to
    /// `maximumBylineLength` Han characters after a space at its end (`县融媒体中心记者 温馨`,
    /// `记者 张三 通讯员 李四`). The paragraph after it starts anew.
    static func isCreditLine<Line: BidirectionalCollection>(_ line: Line) -> Bool where Line.Element == Unicode.Scalar {
        let name = line.reversed().prefix { $0.isHan }
        guard (2...maximumBylineLength).contains(name.count) else { return false }
        let rest = line.dropLast(name.count)
        guard let space = rest.last, space == " " || space == "\u{3000}" else { return false }
        let words = Array(rest)
        return creditWords.contains { word in
            words.indices.contains { start in words[start...].starts(with: word) }
        }
    }

    /// Words that credit an article's reporters in a byline.
    static let creditWords = ["记者", "通讯员", "摄影"].map { Array($0.unicodeScalars) }

    /// Whether a line opens like the row of a table, a short first column and a space before
    /// the text (`冉启明 南坝镇钟灵村卫生室`): two to `maximumColumnLength` Han characters, then
    /// spaces, then text.
    static func opensWithColumn<Line: Collection>(_ line: Line) -> Bool where Line.Element == Unicode.Scalar {
        var count = 0
        var spaces = 0
        for scalar in line.prefix(maximumColumnLength + 4) {
            if scalar == " " || scalar == "\u{3000}" {
                guard count >= 2 else { return false }
                spaces += 1
            } else if spaces > 0 {
                return scalar.isHan || scalar.isDigitLike
            } else {
                guard scalar.isHan, count < maximumColumnLength else { return false }
                count += 1
            }
        }
        return false
    }

    /// Whether a line opens with a label and a colon (`优秀党务工作者(5名)：`): two to
    /// `maximumLabelLength` characters of text, digits and brackets before a `：` or `:`.
    static func opensWithLabel<Line: Collection>(_ line: Line) -> Bool where Line.Element == Unicode.Scalar {
        for (offset, scalar) in line.prefix(maximumLabelLength + 1).enumerated() {
            if scalar == "：" || scalar == ":" { return offset >= 2 }
            guard scalar.isHan || scalar.isDigitLike || "（）()".unicodeScalars.contains(scalar) else { return false }
        }
        return false
    }

    /// Punctuation after which a sentence always goes on (`，`, `、`).
    static func isContinuingPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xFF0C, 0x2C, 0x3001: true
        default: false
        }
    }

    /// Whether a line opens a numbered item (`一、`, `1.`, `（一）`), which is never a continuation.
    static let numerals: Set<Unicode.Scalar> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]

    static func startsEnumeration(_ line: [Unicode.Scalar]) -> Bool {
        guard line.count >= 2 else { return false }
        var index = 0
        while index < line.count, index < 3, numerals.contains(line[index]) || line[index].isDigitLike { index += 1 }
        guard index > 0, index < line.count else { return false }
        return line[index] == "、" || line[index] == "." || line[index] == "．"
    }

    /// Removes short lines without any punctuation that follow the article's closing sentence
    /// or byline: picture captions and section labels that layout dropped between articles. A
    /// closing byline of its own (`记者 张三 通讯员 李四`, `本报记者 韩冬`) is no caption.
    static func dropTrailingCaptions(_ lines: inout [String]) {
        while lines.count >= 2, let last = lines.last, isCaptionShaped(last), !isCreditLine(last.unicodeScalars),
              closesArticle(lines[lines.count - 2]) {
            lines.removeLast()
        }
    }

    /// A line of 5 to 20 characters of text with no punctuation at all.
    static func isCaptionShaped(_ line: String) -> Bool {
        (maximumBylineLength + 1...maximumCaptionLength).contains(line.unicodeScalars.count)
            && line.unicodeScalars.allSatisfy { $0.isHan || $0.isDigitLike || $0 == " " || $0 == "\u{3000}" }
    }

    /// Whether a line ends an article: it ends a sentence, or ends with a byline after one.
    static func closesArticle(_ line: String) -> Bool {
        guard let last = line.unicodeScalars.last else { return false }
        if last.isSentenceTerminal || last.isClosingQuote { return true }
        return bylineTail(of: line) != nil
    }

    /// The length of a byline-shaped tail: 2 to 4 Han characters right after a sentence end.
    static func bylineTail(of text: String) -> Int? {
        // A byline and the sentence end before it: never more than this many scalars.
        let line = Array(text.unicodeScalars.suffix(maximumBylineLength + 2))
        var count = 0
        var index = line.count - 1
        while index >= 0, line[index].isHan { count += 1; index -= 1 }
        guard (2...maximumBylineLength).contains(count), index >= 0 else { return nil }
        return line[index].isSentenceTerminal || line[index].isClosingQuote ? count : nil
    }

    /// Moves a byline-shaped tail of the last line onto a line of its own.
    static func splitGluedByline(_ lines: inout [String]) {
        guard let last = lines.last, let tail = bylineTail(of: last) else { return }
        lines[lines.count - 1] = String(last.unicodeScalars.dropLast(tail))
        lines.append(String(last.unicodeScalars.suffix(tail)))
    }
}
