import NewsGraphCore

/// Places inside title marks (`《…》`). A newspaper's or magazine's name holds no place
/// (`《洛杉矶时报》`, `《天津日报》`, `《新英格兰医学杂志》`): a title is a publication when its last
/// word is 报, 杂志, 刊, 简讯, 新闻 or 评论. Another title (a book, a film, a programme) keeps its
/// listed places (`《中国在发展》`, `《长江三日》`, as People's Daily tags them) but no place made by
/// a suffix rule, which there is a word of the title (`《呼啸山庄》`, `《断背山》`, `《桂林山水歌》`).
enum TitleMarkPlaces {
    /// `places` without those that title marks hold.
    /// - Complexity: O(n + p·t) for n scalars, p places and t titles.
    static func filter(_ places: [Candidate], in s: [Unicode.Scalar]) -> [Candidate] {
        let titles = titleRanges(in: s)
        guard !titles.isEmpty else { return places }
        return places.filter { place in
            guard let title = titles.first(where: { $0.range.start <= place.range.start && place.range.end <= $0.range.end }) else {
                return true
            }
            return !title.isPublication && !place.provenance.hasPrefix("rule:")
        }
    }

    /// The text inside each pair of title marks (the marks left out), and whether it names a
    /// publication.
    private static func titleRanges(in s: [Unicode.Scalar]) -> [(range: ScalarRange, isPublication: Bool)] {
        var result: [(range: ScalarRange, isPublication: Bool)] = []
        var open: Int?
        for position in s.indices {
            switch s[position] {
            case "《":
                open = position
            case "》":
                if let start = open, position - start - 1 <= longestTitle {
                    result.append((ScalarRange(start + 1, position), isPublication(endingAt: position, after: start, s)))
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
        publicationWords.ending(at: end, in: s).contains { end - start - 1 > $0.count }
    }

    private static let publicationWords = ScalarWords(["报", "杂志", "刊", "简讯", "新闻", "评论"])
}
