import NewsGraphCore

/// Keeps article ids unique over a run, in commit order: the first article with an id keeps it;
/// a later one with the same id is renamed `id#2` (then `#3` …, skipping ids already taken) and
/// reported, so both articles are kept and every id in the outputs names one article.
struct ArticleIDs {
    /// Where each id was first seen (`file:line`), for the warning.
    private var firstSeen: [String: String] = [:]
    /// The next suffix to try per duplicated id.
    private var nextSuffix: [String: Int] = [:]

    /// `article` with a unique id; a rename is reported to `log`.
    mutating func unique(_ article: LinkedArticle, log: ProblemLog) -> LinkedArticle {
        let header = article.recognized.header
        let place = Self.place(header.source)
        guard let first = firstSeen[header.id] else {
            firstSeen[header.id] = place
            return article
        }
        var suffix = nextSuffix[header.id, default: 2]
        while firstSeen["\(header.id)#\(suffix)"] != nil { suffix += 1 }
        let renamed = "\(header.id)#\(suffix)"
        nextSuffix[header.id] = suffix + 1
        firstSeen[renamed] = place
        log.report(Problem(
            .warning, file: header.source.file ?? "<input>", line: header.source.line,
            "duplicate id \"\(header.id)\" (first at \(first)); kept as \"\(renamed)\""
        ))
        var result = article
        result.recognized.header.id = renamed
        return result
    }

    private static func place(_ source: SourceInfo) -> String {
        let file = source.file ?? "<input>"
        return source.line.map { "\(file):\($0)" } ?? file
    }
}
