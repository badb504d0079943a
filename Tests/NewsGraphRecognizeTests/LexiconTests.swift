@testable import NewsGraphRecognize
import Testing

@Suite struct LexiconTests {
    @Test func theTransitionTableKeepsEveryKeyAcrossGrowth() {
        var table = TransitionTable()
        let keys = (0..<5000).map { UInt64($0) << 32 | UInt64(0x4E00 + $0 % 700) }
        for (index, key) in keys.enumerated() { table.set(Int32(index), for: key) }
        #expect(keys.enumerated().allSatisfy { table.value(for: $1) == Int32($0) })
        #expect(table.value(for: UInt64(9999) << 32) == nil)
        table.set(-7, for: keys[3])
        #expect(table.value(for: keys[3]) == -7)
    }

    @Test func everyTermStartingAtAPositionIsReportedShortestFirstWithAllItsEntries() {
        var lexicon = Lexicon()
        lexicon.insert("县委", entry: 1)
        lexicon.insert("县委书记", entry: 2)
        lexicon.insert("县委", entry: 3)
        lexicon.insert("县长", entry: 4)
        let scalars = Array("县委书记".unicodeScalars)
        var found: [(Int, Int32)] = []
        lexicon.forEachMatch(in: scalars, at: 0) { found.append(($0, $1)) }
        #expect(found.map(\.0) == [2, 2, 4])
        #expect(found.map(\.1) == [1, 3, 2])
        #expect(lexicon.entries(of: "县委") == [1, 3])
        #expect(lexicon.entries(of: "县") == [])
    }
}
