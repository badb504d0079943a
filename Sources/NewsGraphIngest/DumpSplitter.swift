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

    /// The articles of `text`, in order, none cut for length. Headings with no text under
    /// them are kept only if they have a headline; blank pieces are dropped.
    /// - Complexity: O(n) in the text length.
    public static func split(_ text: String) -> [Piece] {
        var stream = Stream(maximumBytes: .max)
        stream.add(text)
        stream.finish()
        var pieces: [Piece] = []
        while let piece = stream.next() { pieces.append(piece) }
        return pieces
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
        return String(Substring(trim(title)))
    }
}
