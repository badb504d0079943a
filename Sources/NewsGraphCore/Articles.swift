/// What every stage carries along unchanged: identity, provenance and date context.
public struct ArticleHeader: Sendable {
    /// Position of the article in the whole run's input order (0-based); commit order.
    public var sequence: Int
    /// Article id: the record's `id`, or `<file>#<n>` for the n-th article of a dump.
    public var id: String
    /// Where the article came from.
    public var source: SourceInfo
    /// Headline, when there is one.
    public var title: String?
    /// Year used to complete dates written without one, when no date is known (`--year`).
    public var fallbackYear: Int?

    public init(sequence: Int, id: String, source: SourceInfo, title: String?, fallbackYear: Int?) {
        self.sequence = sequence
        self.id = id
        self.source = source
        self.title = title
        self.fallbackYear = fallbackYear
    }

    /// The year that completes `12月1日`: the source date's, else `--year`.
    public var contextYear: Int? { source.date?.year ?? fallbackYear }
}

/// An article as ingest produced it: decoded text, not yet repaired.
public struct RawArticle: Sendable {
    /// How the body was given.
    public enum Body: Sendable {
        /// Paragraphs of a text dump, split at blank lines, in order; page layout may have
        /// broken words across them. Normalisation may rejoin them and rewrite the text.
        case paragraphs([String])
        /// A record's `text`, which the output must reproduce unchanged.
        case verbatim(String)
    }

    public var header: ArticleHeader
    public var body: Body

    public init(header: ArticleHeader, body: Body) {
        self.header = header
        self.body = body
    }
}

/// An article after normalisation: the output text and the view recognisers read.
public struct NormalizedArticle: Sendable {
    public var header: ArticleHeader
    /// The article text as exported; all offsets refer to it.
    public var text: String
    /// The scalars recognisers read: `text` with layout breaks removed and full-width forms
    /// folded, mapped back to `text` by `offsets`.
    public var analysis: [Unicode.Scalar]
    /// Maps analysis offsets to text offsets.
    public var offsets: OffsetMap
    /// Sentences, in text offsets.
    public var sentences: [ScalarRange]

    public init(
        header: ArticleHeader, text: String, analysis: [Unicode.Scalar], offsets: OffsetMap,
        sentences: [ScalarRange]
    ) {
        self.header = header
        self.text = text
        self.analysis = analysis
        self.offsets = offsets
        self.sentences = sentences
    }
}

/// An article with its recognised mentions (non-overlapping, sorted, in text offsets).
public struct RecognizedArticle: Sendable {
    public var header: ArticleHeader
    public var text: String
    public var sentences: [ScalarRange]
    public var mentions: [Mention]
    /// Reporter names from the closing byline, in order.
    public var reporters: [String]
    /// The article's own date: the first resolved date of its opening sentence (the dateline),
    /// else the source date.
    public var dateline: PartialDate?

    public init(
        header: ArticleHeader, text: String, sentences: [ScalarRange], mentions: [Mention],
        reporters: [String], dateline: PartialDate?
    ) {
        self.header = header
        self.text = text
        self.sentences = sentences
        self.mentions = mentions
        self.reporters = reporters
        self.dateline = dateline
    }
}

/// An article with relations between its mentions: the last per-article stage.
public struct LinkedArticle: Sendable {
    public var recognized: RecognizedArticle
    public var relations: [Relation]

    public init(recognized: RecognizedArticle, relations: [Relation]) {
        self.recognized = recognized
        self.relations = relations
    }
}
