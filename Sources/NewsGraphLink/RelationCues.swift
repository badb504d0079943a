import NewsGraphCore

/// The words that turn neighbouring mentions into relations, from `relations.tsv`.
public struct RelationCues: Sendable {
    /// What a cue word does.
    public enum Role: String, Sendable, CaseIterable {
        case visit, onSite = "on-site", at, chair, adverb, credit
    }

    /// Cue words by role, each as scalars, longest first.
    private var words: [Role: [[Unicode.Scalar]]] = [:]

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
            words[role, default: []].append(Array(row.fields[0].unicodeScalars))
        }
        for role in words.keys { words[role]!.sort { $0.count > $1.count } }
    }

    /// The length of the longest `role` word that ends exactly at `end`, if any.
    func word(_ role: Role, endingAt end: Int, in scalars: [Unicode.Scalar]) -> Int? {
        for word in words[role] ?? [] where word.count <= end {
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
        for word in words[role] ?? [] where start + word.count <= scalars.count {
            if scalars[start..<(start + word.count)].elementsEqual(word) { return word.count }
        }
        return nil
    }
}
