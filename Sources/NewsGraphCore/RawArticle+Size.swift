extension RawArticle {
    /// The UTF-8 size of the article's text, to bound how much text a batch holds at once.
    /// - Complexity: O(p) for p paragraphs (native strings know their UTF-8 length).
    public var textBytes: Int {
        switch body {
        case .paragraphs(let paragraphs): paragraphs.reduce(0) { $0 + $1.utf8.count }
        case .verbatim(let text): text.utf8.count
        }
    }
}
