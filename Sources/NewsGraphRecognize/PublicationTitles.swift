import NewsGraphCore

/// Finds the names of newspapers and magazines in title marks (`《洛杉矶时报》`, `《天津日报》`,
/// `《新英格兰医学杂志》`): a place inside one names the publication, not a place, so
/// `PlaceRecognizer` keeps no place there. A title is a publication when its last word is 报,
/// 杂志, 刊, 简讯, 新闻 or 评论; other titles (`《中国在发展》`, `《长江三日》`) keep their places.
enum PublicationTitles {
    /// The ranges inside the title marks of the publications in `s` (the marks left out).
    /// - Complexity: O(n) over the scalars.
    static func ranges(in s: [Unicode.Scalar]) -> [ScalarRange] {
        var result: [ScalarRange] = []
        var open: Int?
        for position in s.indices {
            switch s[position] {
            case "《":
                open = position
            case "》":
                if let start = open, position - start - 1 <= longestTitle, isPublication(endingAt: position, after: start, s) {
                    result.append(ScalarRange(start + 1, position))
                }
                open = nil
            default:
                break
            }
        }
        return result
    }

    private static let longestTitle = 30

    /// Whether the title `start + 1..<end` ends in a publication word.
    private static func isPublication(endingAt end: Int, after start: Int, _ s: [Unicode.Scalar]) -> Bool {
        publicationWords.contains { word in
            end - start - 1 > word.count && zip(word, s[(end - word.count)..<end]).allSatisfy { $0 == $1 }
        }
    }

    private static let publicationWords: [[Unicode.Scalar]] = ["报", "杂志", "刊", "简讯", "新闻", "评论"].map { Array($0.unicodeScalars) }
}
