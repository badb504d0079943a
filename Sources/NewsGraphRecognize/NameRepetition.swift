import NewsGraphCore

/// Once a name is confirmed somewhere in an article, its other occurrences in the same article
/// are the same person (`在新庄村,解芳实地查看` after `县委书记解芳`).
enum NameRepetition {
    /// Candidates for every occurrence of a chosen person name that is not chosen yet. Each
    /// name's occurrences are taken left to right without overlapping each other.
    /// - Complexity: O(n·L) for L the number of distinct name lengths (names are short), plus
    ///   the hashing of the L slices at each position.
    static func candidates(for chosen: [Candidate], in scalars: [Unicode.Scalar]) -> [Candidate] {
        let persons = chosen.filter { $0.label == .person }
        guard !persons.isEmpty else { return [] }
        let chosenRanges = Set(persons.map(\.range))
        var names: Set<ArraySlice<Unicode.Scalar>> = []
        for person in persons { names.insert(scalars[person.range.start..<person.range.end]) }
        let lengths = Set(names.map(\.count)).sorted()
        let firstScalars = Set(names.compactMap(\.first))
        /// Per name: where its next occurrence may start (after the last one found).
        var nextStart: [ArraySlice<Unicode.Scalar>: Int] = [:]
        var result: [Candidate] = []
        for start in scalars.indices where firstScalars.contains(scalars[start]) {
            for length in lengths where start + length <= scalars.count {
                let slice = scalars[start..<start + length]
                guard names.contains(slice), start >= nextStart[slice, default: 0] else { continue }
                nextStart[slice] = start + length
                let range = ScalarRange(start, start + length)
                if !chosenRanges.contains(range) {
                    result.append(Candidate(
                        range: range, label: .person, priority: Priority.personRepeat, provenance: "rule:person.repeat"
                    ))
                }
            }
        }
        return result
    }
}
