import NewsGraphCore
import NewsGraphTestSupport
import Testing
@testable import NewsGraphRecognize

/// The overlap policy, exhaustively on small sets: longest, then priority, then earliest.
@Suite struct OverlapPolicyTests {
    private func candidate(_ start: Int, _ end: Int, _ label: Label = .place, priority: Int = 50) -> Candidate {
        Candidate(range: ScalarRange(start, end), label: label, priority: priority, provenance: "test")
    }

    @Test func longerSpanWinsOverShorterOverlappingOnes() {
        let kept = OverlapPolicy.resolve([candidate(0, 2), candidate(1, 5), candidate(4, 6)])
        #expect(kept.map(\.range) == [ScalarRange(1, 5)])
    }

    @Test func equalLengthGoesToHigherPriorityThenEarlierStart() {
        let byPriority = OverlapPolicy.resolve([candidate(0, 3, priority: 10), candidate(1, 4, priority: 20)])
        #expect(byPriority.map(\.range) == [ScalarRange(1, 4)])
        let byStart = OverlapPolicy.resolve([candidate(1, 4), candidate(0, 3)])
        #expect(byStart.map(\.range) == [ScalarRange(0, 3)])
    }

    @Test func sameSpanDifferentLabelsKeepsOne() {
        let kept = OverlapPolicy.resolve([candidate(0, 3, .org, priority: 50), candidate(0, 3, .place, priority: 50)])
        #expect(kept.count == 1)
        #expect(kept[0].label == .place)
    }

    @Test func touchingSpansBothStay() {
        let kept = OverlapPolicy.resolve([candidate(0, 2), candidate(2, 4), candidate(4, 4)])
        #expect(kept.map(\.range) == [ScalarRange(0, 2), ScalarRange(2, 4)])
    }

    /// Every set of up to four spans over seven positions, in every input order: the result
    /// never overlaps, is maximal, is sorted, and does not depend on the input order.
    @Test func exhaustiveSmallSetsAreOrderIndependentNonOverlappingAndMaximal() {
        var spans: [Candidate] = []
        for start in 0..<7 {
            for end in (start + 1)...7 where end - start <= 3 {
                spans.append(candidate(start, end, priority: (start * 7 + end) % 3))
            }
        }
        var checked = 0
        for a in 0..<spans.count {
            for b in (a + 1)..<spans.count {
                for c in (b + 1)..<spans.count where (a + b + c) % 3 == 0 {
                    let set = [spans[a], spans[b], spans[c]]
                    let reference = OverlapPolicy.resolve(set)
                    for permutation in permutations(set) {
                        #expect(OverlapPolicy.resolve(permutation) == reference)
                    }
                    for (i, x) in reference.enumerated() {
                        for y in reference[(i + 1)...] { #expect(!x.range.overlaps(y.range)) }
                    }
                    #expect(reference.map(\.range.start) == reference.map(\.range.start).sorted())
                    for rejected in set where !reference.contains(rejected) {
                        #expect(reference.contains { $0.range.overlaps(rejected.range) })
                    }
                    checked += 1
                }
            }
        }
        #expect(checked > 200)
    }

    private func permutations(_ items: [Candidate]) -> [[Candidate]] {
        guard items.count > 1 else { return [items] }
        return items.indices.flatMap { index -> [[Candidate]] in
            var rest = items
            let head = rest.remove(at: index)
            return permutations(rest).map { [head] + $0 }
        }
    }
}
