import NewsGraphCore

/// Splits a text dump into articles at heading lines (`#`, `##` … followed by the headline).
///
/// Each non-blank line becomes one paragraph, trimmed of surrounding white space; rejoining
/// words that layout broke across lines is normalisation's job. Lines before the first heading
/// form an article without a headline.
public enum DumpSplitter {
    /// One article of a dump, before normalisation.
    public struct Piece: Sendable, Equatable {
        /// The headline, without the `#` marks.
        public var title: String?
        /// 1-based line of the heading (or of the first paragraph, without a heading).
        public var line: Int
        /// Non-blank lines, in order.
        public var paragraphs: [String]
    }

    /// The articles of `text`, in order. Headings with no text under them are kept only if
    /// they have a headline; blank pieces are dropped.
    /// - Complexity: O(n) in the text length.
    public static func split(_ text: String) -> [Piece] {
        var pieces: [Piece] = []
        var current: Piece?
        var lineNumber = 0
        for line in lines(of: text) {
            lineNumber += 1
            let trimmed = trim(line)
            if let headline = headline(of: trimmed) {
                if let piece = current { pieces.append(piece) }
                current = Piece(title: headline, line: lineNumber, paragraphs: [])
                continue
            }
            guard !trimmed.isEmpty else { continue }
            if current == nil { current = Piece(title: nil, line: lineNumber, paragraphs: []) }
            current!.paragraphs.append(String(String.UnicodeScalarView(trimmed)))
        }
        if let piece = current { pieces.append(piece) }
        return pieces.filter { !$0.paragraphs.isEmpty || !($0.title ?? "").isEmpty }
    }

    /// Lines split at `\n`, `\r\n` and `\r`.
    static func lines(of text: String) -> [Substring.UnicodeScalarView] {
        var result: [Substring.UnicodeScalarView] = []
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var index = start
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if scalar == "\n" || scalar == "\r" {
                result.append(scalars[start..<index])
                var next = scalars.index(after: index)
                if scalar == "\r", next < scalars.endIndex, scalars[next] == "\n" {
                    next = scalars.index(after: next)
                }
                index = next
                start = next
            } else {
                index = scalars.index(after: index)
            }
        }
        if start < scalars.endIndex { result.append(scalars[start..<scalars.endIndex]) }
        return result
    }

    /// The line without leading and trailing white space (ASCII and ideographic).
    static func trim(_ line: Substring.UnicodeScalarView) -> Substring.UnicodeScalarView {
        var view = line
        while let first = view.first, first.isSpaceLike { view.removeFirst() }
        while let last = view.last, last.isSpaceLike { view.removeLast() }
        return view
    }

    /// The headline of a Markdown ATX heading line (`## 标题`), or nil for other lines.
    static func headline(of line: Substring.UnicodeScalarView) -> String? {
        var view = line
        var level = 0
        while view.first == "#" {
            view.removeFirst()
            level += 1
        }
        guard (1...6).contains(level), view.isEmpty || view.first!.isSpaceLike else { return nil }
        var title = trim(view)
        while title.last == "#" { title.removeLast() }
        return String(String.UnicodeScalarView(trim(title)))
    }
}
