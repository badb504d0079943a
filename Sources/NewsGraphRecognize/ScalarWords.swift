import NewsGraphCore

/// A fixed list of short words matched against text at a position (`击败`, `战胜` before a
/// side; `今天`, `昨日` after a name). A test first looks up the one scalar a word must begin
/// or end with there, so most positions compare no word at all.
struct ScalarWords: Sendable {
    /// The words, as scalars.
    let words: [[Unicode.Scalar]]
    private let firsts: ScalarSet
    private let lasts: ScalarSet

    init(_ words: [String]) {
        self.words = words.map { Array($0.unicodeScalars) }
        firsts = ScalarSet(self.words.map { $0[0] })
        lasts = ScalarSet(self.words.map { $0[$0.count - 1] })
    }

    /// Whether one of the words starts at `position` of `s`.
    func starts(at position: Int, in s: [Unicode.Scalar]) -> Bool {
        guard position < s.count, firsts.contains(s[position]) else { return false }
        return words.contains { position + $0.count <= s.count && s[position..<position + $0.count].elementsEqual($0) }
    }

    /// The words that end at `end` of `s`.
    func ending(at end: Int, in s: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
        guard end > 0, end <= s.count, lasts.contains(s[end - 1]) else { return [] }
        return words.filter { $0.count <= end && s[end - $0.count..<end].elementsEqual($0) }
    }

    /// Whether one of the words ends at `end` of `s`.
    func ends(at end: Int, in s: [Unicode.Scalar]) -> Bool {
        !ending(at: end, in: s).isEmpty
    }
}

extension Array where Element == Unicode.Scalar {
    /// The ranges where `word` stands, left to right and not overlapping one another, that
    /// `accept` lets through.
    /// - Complexity: O(n·w) at worst for n scalars and w the word's length; one comparison at
    ///   most positions.
    func occurrences(of word: [Unicode.Scalar], where accept: (ScalarRange) -> Bool = { _ in true }) -> [ScalarRange] {
        guard let first = word.first else { return [] }
        var result: [ScalarRange] = []
        var position = 0
        while position + word.count <= count {
            if self[position] == first, self[position..<position + word.count].elementsEqual(word) {
                let range = ScalarRange(position, position + word.count)
                if accept(range) {
                    result.append(range)
                    position += word.count
                    continue
                }
            }
            position += 1
        }
        return result
    }
}
