/// Where an article came from, as written to `source` in `articles.jsonl`.
public struct SourceInfo: Sendable, Hashable {
    /// Newspaper name, when the record or the configuration gives one.
    public var newspaper: String?
    /// Publication date of the article (record `date`, or a date in the file or folder name).
    public var date: PartialDate?
    /// Page, as the record gives it.
    public var page: String?
    /// URL, as the record gives it.
    public var url: String?
    /// Input file, relative to the input root it was found under.
    public var file: String?
    /// 1-based line of a JSON Lines record, or the heading line of a dump article.
    public var line: Int?

    public init(
        newspaper: String? = nil, date: PartialDate? = nil, page: String? = nil,
        url: String? = nil, file: String? = nil, line: Int? = nil
    ) {
        self.newspaper = newspaper
        self.date = date
        self.page = page
        self.url = url
        self.file = file
        self.line = line
    }
}
