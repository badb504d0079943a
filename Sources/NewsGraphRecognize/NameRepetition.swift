import NewsGraphCore

/// Once a name is confirmed somewhere in an article, its other occurrences in the same article
/// are the same person (`在新庄村,解芳实地查看` after `县委书记解芳`).
enum NameRepetition {
    /// Candidates for every occurrence of a chosen person name that is not chosen yet. Each
    /// name's occurrences are taken left to right without overlapping each other; at one
    /// position, shorter names come first.
    /// - Complexity: O(n + m·L) for n scalars, m positions where a name's first scalar stands and
    ///   L the total length of the names that start with it (names are few and short).
    static func candidates(for chosen: [Candidate], in scalars: [Unicode.Scalar]) -> [Candidate] {
        let persons = chosen.filter { $0.label == .person }
        guard !persons.isEmpty else { return [] }
        let chosenRanges = Set(persons.map(\.range))
        // The distinct names, shortest first (a stable order of first occurrence among equals).
        var names: [ArraySlice<Unicode.Scalar>] = []
        for person in persons {
            let name = scalars[person.range.start..<person.range.end]
            if !name.isEmpty, !names.contains(name) { names.append(name) }
        }
        names.sort { $0.count < $1.count }
        /// Indices into `names` by first scalar, shortest name first.
        var byFirstScalar: [Unicode.Scalar: [Int]] = [:]
        /// One bit per first scalar (its value modulo 64): most positions fail this test alone.
        var firstScalarBits: UInt64 = 0
        for (index, name) in names.enumerated() {
            byFirstScalar[name.first!, default: []].append(index)
            firstScalarBits |= 1 << (name.first!.value & 63)
        }
        /// Per name: where its next occurrence may start (after the last one found).
        var nextStart = [Int](repeating: 0, count: names.count)
        var result: [Candidate] = []
        for start in scalars.indices where firstScalarBits & (1 << (scalars[start].value & 63)) != 0 {
            guard let candidates = byFirstScalar[scalars[start]] else { continue }
            for index in candidates {
                let name = names[index]
                guard start >= nextStart[index], start + name.count <= scalars.count,
                      scalars[start..<start + name.count].elementsEqual(name) else { continue }
                nextStart[index] = start + name.count
                let range = ScalarRange(start, start + name.count)
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
