import NewsGraphCore

/// Splits text into sentences: after `。！？；…` (with closing quotes that follow them) and at
/// line breaks. Leading and trailing white space is not part of a sentence.
public enum SentenceSplitter {
    /// Sentence ranges of `scalars`, in order, non-empty, not overlapping.
    /// - Complexity: O(n).
    public static func split(_ scalars: [Unicode.Scalar]) -> [ScalarRange] {
        var sentences: [ScalarRange] = []
        var start = 0
        var index = 0
        func close(at end: Int) {
            var from = start
            var to = end
            while from < to, scalars[from].isSpaceLike { from += 1 }
            while to > from, scalars[to - 1].isSpaceLike { to -= 1 }
            if from < to { sentences.append(ScalarRange(from, to)) }
            start = end
        }
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\n" || scalar == "\r" || scalar == "\u{2029}" {
                close(at: index)
                index += 1
                start = index
                continue
            }
            index += 1
            if scalar.isSentenceTerminal {
                while index < scalars.count, scalars[index].isSentenceTerminal || scalars[index].isClosingQuote {
                    index += 1
                }
                close(at: index)
            }
        }
        close(at: scalars.count)
        return sentences
    }
}
