import NewsGraphCore

/// Once a name is confirmed somewhere in an article, its other occurrences in the same article
/// are the same person (`在新庄村,解芳实地查看` after `县委书记解芳`); a name of one character
/// (a surname alone) is not repeated.
enum NameRepetition {
    /// Candidates for every occurrence of a chosen person name that is not chosen yet. Each
    /// name's occurrences are taken left to right without overlapping each other.
    /// - Complexity: O(n) for n scalars, plus a comparison with each name that starts with the
    ///   scalar at a position (names are short and few).
    static func candidates(for chosen: [Candidate], in scalars: [Unicode.Scalar]) -> [Candidate] {
        // A surname alone (`rule:person.elder`: 胡老说) stands in too many words to repeat.
        let persons = chosen.filter { $0.label == .person && $0.range.count >= 2 }
        guard !persons.isEmpty else { return [] }
        let chosenRanges = Set(persons.map(\.range))
        let names = Names(persons.map { scalars[$0.range.start..<$0.range.end] })
        /// Per name: where its next occurrence may start (after the last one found).
        var nextStart = [Int](repeating: 0, count: names.count)
        var result: [Candidate] = []
        for start in scalars.indices where names.mayStart(with: scalars[start]) {
            // At one position at most one name of each length matches; shorter ones go first.
            for name in names.starting(with: scalars[start]) {
                let end = start + names[name].count
                guard end <= scalars.count, start >= nextStart[name],
                      scalars[start..<end].elementsEqual(names[name]) else { continue }
                nextStart[name] = end
                let range = ScalarRange(start, end)
                if !chosenRanges.contains(range) {
                    result.append(Candidate(
                        range: range, label: .person, priority: Priority.personRepeat, provenance: "rule:person.repeat"
                    ))
                }
            }
        }
        return result
    }

    /// The distinct names of an article, found by their first scalar.
    private struct Names {
        /// The names, shortest first.
        private var names: [ArraySlice<Unicode.Scalar>] = []
        /// Bit `value % 1024` set for the first scalar of every name: most positions start none.
        private var firstBits = [UInt64](repeating: 0, count: 16)
        /// Indices into `names` by first scalar, shortest first.
        private var byFirst: [Unicode.Scalar: [Int]] = [:]

        init(_ all: [ArraySlice<Unicode.Scalar>]) {
            var seen: Set<Key> = []
            seen.reserveCapacity(all.count)
            for name in all where !name.isEmpty && seen.insert(Key(name: name)).inserted { names.append(name) }
            names.sort { $0.count < $1.count }
            byFirst.reserveCapacity(names.count)
            for (index, name) in names.enumerated() {
                let first = name.first!
                firstBits[Int(first.value >> 6 & 15)] |= 1 << (first.value & 63)
                byFirst[first, default: []].append(index)
            }
        }

        var count: Int { names.count }

        /// A name as a set element, hashed by its length and its first and last scalars only
        /// (names are short; equal hashes are told apart by comparing the names).
        private struct Key: Hashable {
            var name: ArraySlice<Unicode.Scalar>

            static func == (lhs: Key, rhs: Key) -> Bool { lhs.name.elementsEqual(rhs.name) }

            func hash(into hasher: inout Hasher) {
                hasher.combine(name.count)
                hasher.combine(name.first?.value ?? 0)
                hasher.combine(name.last?.value ?? 0)
            }
        }

        subscript(index: Int) -> ArraySlice<Unicode.Scalar> { names[index] }

        /// Whether a name may start with `scalar` (a quick test that rules out most scalars).
        @inline(__always)
        func mayStart(with scalar: Unicode.Scalar) -> Bool {
            firstBits[Int(scalar.value >> 6 & 15)] & (1 << (scalar.value & 63)) != 0
        }

        /// The indices of the names that start with `scalar`, shortest first.
        func starting(with scalar: Unicode.Scalar) -> [Int] {
            byFirst[scalar] ?? []
        }
    }
}
