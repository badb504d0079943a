import NewsGraphCore

/// The words that turn neighbouring mentions into relations, from `relations.tsv`.
public struct RelationCues: Sendable {
    /// What a cue word does.
    public enum Role: String, Sendable, CaseIterable {
        case visit, onSite = "on-site", at, chair, adverb, credit, former, formerAfterBreak = "former-after-break", escort, appoint
        case session, party, lead, post, removal
    }

    /// One cue word: `count` scalars of `text` from `start`.
    private struct Word {
        var start: Int
        var count: Int
        var first: Unicode.Scalar
        var last: Unicode.Scalar
    }

    /// Cue words by role (indexed by `slot`), longest first. Their scalars are in `text`: the
    /// finders ask for cues at every destination, and a walk over flat values counts no
    /// references.
    private var words = [[Word]](repeating: [], count: Role.allCases.count)
    /// The scalars of all cue words, one after the other.
    private var text: [Unicode.Scalar] = []

    public init() {}

    /// Adds the cues of `file`.
    /// - Throws: `DictionaryError` at the first malformed line.
    public mutating func load(_ file: DictionaryFile) throws(DictionaryError) {
        for row in file.rows {
            guard row.fields.count >= 2, !row.fields[0].isEmpty else {
                throw file.error(row, "expected two columns: term, role")
            }
            guard let role = Role(rawValue: row.fields[1]) else {
                let expected = Role.allCases.map(\.rawValue).joined(separator: ", ")
                throw file.error(row, "unknown role \"\(row.fields[1])\" (expected \(expected))")
            }
            let scalars = Array(row.fields[0].unicodeScalars)
            words[Self.slot(role)].append(Word(start: text.count, count: scalars.count, first: scalars[0], last: scalars[scalars.count - 1]))
            text += scalars
        }
        for slot in words.indices { words[slot].sort { $0.count > $1.count } }
    }

    /// The length of the longest `role` word that ends exactly at `end`, if any.
    func word(_ role: Role, endingAt end: Int, in scalars: [Unicode.Scalar]) -> Int? {
        // Words are never empty: the last scalars are compared first, which rules out most.
        let slot = Self.slot(role)
        for index in words[slot].indices {
            let word = words[slot][index]
            if word.count <= end, word.last == scalars[end - 1], matches(word, scalars, at: end - word.count) { return word.count }
        }
        return nil
    }

    /// Whether the scalars of `range` are exactly one `role` word.
    func isWord(_ role: Role, _ range: ScalarRange, in scalars: [Unicode.Scalar]) -> Bool {
        word(role, startingAt: range.start, in: scalars) == range.end - range.start
    }

    /// The length of the longest `role` word that starts exactly at `start`, if any.
    func word(_ role: Role, startingAt start: Int, in scalars: [Unicode.Scalar]) -> Int? {
        let slot = Self.slot(role)
        for index in words[slot].indices {
            let word = words[slot][index]
            if start + word.count <= scalars.count, word.first == scalars[start], matches(word, scalars, at: start) { return word.count }
        }
        return nil
    }

    /// Whether `word` stands in `scalars` at `start` (which leaves room for it).
    @inline(__always)
    private func matches(_ word: Word, _ scalars: [Unicode.Scalar], at start: Int) -> Bool {
        for offset in 0..<word.count where text[word.start + offset] != scalars[start + offset] { return false }
        return true
    }

    /// The index of `role`'s words in `words`, decided without hashing.
    private static func slot(_ role: Role) -> Int {
        switch role {
        case .visit: 0
        case .onSite: 1
        case .at: 2
        case .chair: 3
        case .adverb: 4
        case .credit: 5
        case .former: 6
        case .formerAfterBreak: 7
        case .escort: 8
        case .appoint: 9
        case .session: 10
        case .party: 11
        case .lead: 12
        case .post: 13
        case .removal: 14
        }
    }
}
