import NewsGraphCore

/// Keeps article ids unique over a run, in commit order: the first article with an id keeps it;
/// a later one with the same id is renamed `id#2` (then `#3` …, skipping ids already taken) and
/// reported, so both articles are kept and every id in the outputs names one article.
///
/// It remembers every id of the run in sixteen bytes (plus the hash table's slack): an id is
/// split after its last `#` and kept as two numbers, of the text before (the file path that
/// the ids of a dump's articles share) and of the rest (`12`, which recurs in every file), and
/// where it was first seen as a file number and a line.
struct ArticleIDs {
    /// An id split after its last `#`: the numbers of both parts.
    private struct Key: Hashable {
        var prefix: Int32
        var rest: Int32
    }

    /// Where an id was first seen: a number in `files` and the line (-1 for none).
    private struct Place {
        var file: Int32
        var line: Int32
    }

    private var firstSeen: [Key: Place] = [:]
    private var prefixes = Interned()
    private var rests = Interned()
    private var files = Interned()
    /// The next suffix to try per duplicated id.
    private var nextSuffix: [String: Int] = [:]

    /// `article` with a unique id; a rename is reported to `log`.
    mutating func unique(_ article: LinkedArticle, log: ProblemLog) -> LinkedArticle {
        let header = article.recognized.header
        let place = Place(file: files.number(of: header.source.file ?? "<input>"), line: header.source.line.map { Int32(clamping: $0) } ?? -1)
        let key = self.key(header.id)
        guard let first = firstSeen[key] else {
            firstSeen[key] = place
            return article
        }
        var suffix = nextSuffix[header.id, default: 2]
        while firstSeen[self.key("\(header.id)#\(suffix)")] != nil { suffix += 1 }
        let renamed = "\(header.id)#\(suffix)"
        nextSuffix[header.id] = suffix + 1
        firstSeen[self.key(renamed)] = place
        log.report(Problem(
            .warning, file: header.source.file ?? "<input>", line: header.source.line,
            "duplicate id \"\(header.id)\" (first at \(describe(first))); kept as \"\(renamed)\""
        ))
        var result = article
        result.recognized.header.id = renamed
        return result
    }

    private mutating func key(_ id: String) -> Key {
        let utf8 = id.utf8
        guard let hash = utf8.lastIndex(of: UInt8(ascii: "#")) else { return Key(prefix: prefixes.number(of: ""), rest: rests.number(of: id)) }
        let cut = utf8.index(after: hash)
        return Key(prefix: prefixes.number(of: String(id[..<cut])), rest: rests.number(of: String(id[cut...])))
    }

    private func describe(_ place: Place) -> String {
        let file = files.strings[Int(place.file)]
        return place.line >= 0 ? "\(file):\(place.line)" : file
    }

    /// Strings numbered in order of first appearance; asking again for the last one is cheap.
    private struct Interned {
        private(set) var strings: [String] = []
        private var numbers: [String: Int32] = [:]

        mutating func number(of string: String) -> Int32 {
            if let last = strings.last, last == string { return Int32(strings.count - 1) }
            if let number = numbers[string] { return number }
            let number = Int32(strings.count)
            numbers[string] = number
            strings.append(string)
            return number
        }
    }
}
