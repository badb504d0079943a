import NewsGraphCore

/// Test cases written with their spans inline: `"[县委书记|TITLE][解芳|PERSON]深入[横水镇|PLACE]"`.
public struct InlineSpans: Sendable, Equatable, CustomStringConvertible {
    /// The plain text.
    public var text: String
    /// The marked spans, in code point offsets, in order.
    public var spans: [Span]

    public struct Span: Sendable, Hashable, CustomStringConvertible {
        public var range: ScalarRange
        public var label: Label
        public var text: String
        public var description: String { "[\(text)|\(label.rawValue)]@\(range.start)" }
    }

    /// Parses a marked string. `[` and `]` are markup; labels are `Label` raw values.
    public init(_ marked: String) {
        var text = String.UnicodeScalarView()
        var spans: [Span] = []
        var scalars = Array(marked.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            guard scalar == "[" else {
                text.append(scalar)
                continue
            }
            let body = scalars.prefix { $0 != "]" }
            scalars = scalars.dropFirst(body.count + 1)
            guard let bar = body.lastIndex(of: "|") else { preconditionFailure("span without |LABEL in \(marked)") }
            let spanText = String(String.UnicodeScalarView(body[body.startIndex..<bar]))
            let labelText = String(String.UnicodeScalarView(body[body.index(after: bar)...]))
            guard let label = Label(rawValue: labelText) else { preconditionFailure("unknown label \(labelText)") }
            let start = text.count
            text.append(contentsOf: spanText.unicodeScalars)
            spans.append(Span(range: ScalarRange(start, text.count), label: label, text: spanText))
        }
        self.text = String(text)
        self.spans = spans
    }

    /// Writes spans back into the text with the same markup, for readable failures.
    public static func mark(_ text: String, _ spans: [(range: ScalarRange, label: Label)]) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var position = 0
        for span in spans.sorted(by: { $0.range.start < $1.range.start }) where span.range.start >= position {
            out.append(contentsOf: scalars[position..<span.range.start])
            out.append("[")
            out.append(contentsOf: scalars[span.range.start..<span.range.end])
            out.append(contentsOf: "|\(span.label.rawValue)]".unicodeScalars)
            position = span.range.end
        }
        out.append(contentsOf: scalars[position...])
        return String(out)
    }

    public var description: String {
        InlineSpans.mark(text, spans.map { ($0.range, $0.label) })
    }
}
