import NewsGraphCore

/// Once a name is confirmed somewhere in an article, its other occurrences in the same article
/// are the same person (`在新庄村,解芳实地查看` after `县委书记解芳`).
enum NameRepetition {
    /// Candidates for every occurrence of a chosen person name that is not chosen yet.
    /// - Complexity: O(n·p) for p distinct names.
    static func candidates(for chosen: [Candidate], in scalars: [Unicode.Scalar]) -> [Candidate] {
        let persons = chosen.filter { $0.label == .person }
        let chosenRanges = Set(persons.map(\.range))
        var names: [[Unicode.Scalar]] = []
        var seen: Set<String> = []
        for person in persons {
            let name = Array(scalars[person.range.start..<person.range.end])
            if seen.insert(scalars.string(person.range)).inserted { names.append(name) }
        }
        var result: [Candidate] = []
        for name in names {
            guard let first = name.first else { continue }
            var start = 0
            while start + name.count <= scalars.count {
                if scalars[start] == first, scalars[start..<start + name.count].elementsEqual(name) {
                    let range = ScalarRange(start, start + name.count)
                    if !chosenRanges.contains(range) {
                        result.append(Candidate(
                            range: range, label: .person, priority: Priority.personRepeat,
                            provenance: "rule:person.repeat"
                        ))
                    }
                    start += name.count
                } else {
                    start += 1
                }
            }
        }
        return result
    }
}
