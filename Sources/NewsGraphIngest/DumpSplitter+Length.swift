import NewsGraphCore

extension DumpSplitter {
    /// The longest dump article kept whole, in UTF-8 bytes. Real articles stay far below it; a
    /// longer one is a dump without headings or line breaks (a scraped page, a half-converted
    /// file), and is cut into parts so that no single article costs unbounded memory.
    public static let maximumArticleBytes = 1 << 21

    /// Why and where an article was cut, for a warning line.
    public struct LengthNote: Sendable, Equatable {
        /// Line of the article's heading (or first paragraph).
        public var line: Int
        /// Number of articles it became.
        public var parts: Int

        public init(line: Int, parts: Int) {
            self.line = line
            self.parts = parts
        }
    }

    /// `paragraph` cut into pieces of at most `maximumBytes` UTF-8 bytes, preferring to cut
    /// after a sentence end, then after a comma or white space, in the second half of a piece.
    static func chunks(of paragraph: String, maximumBytes: Int) -> [String] {
        guard paragraph.utf8.count > maximumBytes else { return [paragraph] }
        let scalars = paragraph.unicodeScalars
        var result: [String] = []
        var start = scalars.startIndex
        var index = start
        var size = 0
        var sentenceCut: (index: String.Index, size: Int)?
        var softCut: (index: String.Index, size: Int)?
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let width = UTF8.width(scalar)
            if size + width > maximumBytes, size > 0 {
                let half = maximumBytes / 2
                var cut = (index: index, size: size)
                if let sentence = sentenceCut, sentence.size >= half {
                    cut = sentence
                } else if let soft = softCut, soft.size >= half {
                    cut = soft
                }
                result.append(String(scalars[start..<cut.index]))
                start = cut.index
                size -= cut.size
                sentenceCut = nil
                softCut = nil
                continue
            }
            size += width
            index = scalars.index(after: index)
            if scalar.isSentenceTerminal {
                sentenceCut = (index, size)
            } else if scalar.isSpaceLike || scalar == "，" || scalar == "," || scalar == "、" {
                softCut = (index, size)
            }
        }
        if start < scalars.endIndex { result.append(String(scalars[start...])) }
        return result
    }
}
