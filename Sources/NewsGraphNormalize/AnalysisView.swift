import NewsGraphCore

/// Builds the scalars recognisers read from an article's text: layout breaks inside a sentence
/// removed and full-width ASCII folded to ASCII, with an offset map back to the text.
public enum AnalysisView {
    /// The analysis scalars of `text` and the map from their offsets to text offsets.
    /// - Complexity: O(n) in the text length.
    public static func make(from text: String) -> (scalars: [Unicode.Scalar], offsets: OffsetMap) {
        let source = text.scalarArray
        var offsets = OffsetMap()
        // Written straight into storage of the text's length: the view is never longer.
        let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: source.count) { output, written in
            written = 0
            var index = 0
            // The end of the white space run after the current line break, found once per run
            // (finding it again at every break of a long run of blank lines was quadratic).
            var runEnd = 0
            while index < source.count {
                let scalar = source[index]
                if scalar == "\n" || scalar == "\r" {
                    if runEnd <= index {
                        runEnd = index
                        while runEnd < source.count, source[runEnd].isSpaceLike { runEnd += 1 }
                    }
                    if let resume = layoutBreakEnd(in: source, at: index, runEnd: runEnd) {
                        offsets.shift(at: written, toText: resume)
                        index = resume
                        continue
                    }
                }
                output[written] = fold(scalar)
                written += 1
                index += 1
            }
        }
        return (scalars, offsets)
    }

    /// When the line break at `index` sits inside a sentence (text before and after it, no
    /// sentence end before it, see `LayoutRepair.continues`), the offset where the text resumes; `runEnd` is the first offset
    /// after `index` that is not white space.
    static func layoutBreakEnd(in source: [Unicode.Scalar], at index: Int, runEnd: Int) -> Int? {
        var before = index - 1
        while before >= 0, source[before] == " " || source[before] == "\u{3000}" { before -= 1 }
        guard before >= 0 else { return nil }
        let after = runEnd
        guard after < source.count else { return nil }
        // The whole line before the break: a labelled list is told by how its lines open.
        var lineStart = before
        while lineStart > 0, source[lineStart - 1] != "\n", source[lineStart - 1] != "\r" { lineStart -= 1 }
        let next = source[after..<min(source.count, after + LayoutRepair.maximumLabelLength + 1)]
        return LayoutRepair.continues(source[lineStart...before], with: next) ? after : nil
    }

    /// Full-width ASCII forms (`１２`, `，`) as ASCII; the ideographic space as a space.
    @inlinable static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let v = scalar.value
        if v >= 0xFF01 && v <= 0xFF5E { return Unicode.Scalar(v - 0xFEE0)! }
        if v == 0x3000 { return " " }
        return scalar
    }
}
