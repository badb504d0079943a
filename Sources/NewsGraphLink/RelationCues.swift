import NewsGraphCore

/// The words that turn neighbouring mentions into relations, from `relations.tsv`.
public struct RelationCues: Sendable {
    /// What a cue word does.
    public enum Role: String, Sendable, CaseIterable {
        case visit, onSite = "on-site", at, chair, adverb, credit, former, formerAfterBreak = "former-after-break", escort, appoint
        case session, party, lead, post, removal
    }

    /// Cue words by role (indexed by `slot`), each as scalars, longest first.
    private var words = [[[Unicode.Scalar]]](repeating: [], count: Role.allCases.count)

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
            words[Self.slot(role)].append(Array(row.fields[0].unicodeScalars))
        }
        for slot in words.indices { words[slot].sort { $0.count > $1.count } }
    }

    /// The length of the longest `role` word that ends exactly at `end`, if any.
    func word(_ role: Role, endingAt end: Int, in scalars: [Unicode.Scalar]) -> Int? {
        // Words are never empty: the last scalars are compared first, which rules out most.
        for word in words[Self.slot(role)] where word.count <= end && word[word.count - 1] == scalars[end - 1] {
            if scalars[(end - word.count)..<end].elementsEqual(word) { return word.count }
        }
        return nil
    }

    /// Whether the scalars of `range` are exactly one `role` word.
    func isWord(_ role: Role, _ range: ScalarRange, in scalars: [Unicode.Scalar]) -> Bool {
        word(role, startingAt: range.start, in: scalars) == range.end - range.start
    }

    /// The length of the longest `role` word that starts exactly at `start`, if any.
    func word(_ role: Role, startingAt start: Int, in scalars: [Unicode.Scalar]) -> Int? {
        for word in words[Self.slot(role)] where start + word.count <= scalars.count && word[0] == scalars[start] {
            if scalars[start..<(start + word.count)].elementsEqual(word) { return word.count }
        }
        return nil
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
