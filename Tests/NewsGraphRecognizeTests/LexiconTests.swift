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

    @Test func theIndexReadsEveryRoleBackFromItsTag() {
        var lexicon = Lexicon()
        var text: [Unicode.Scalar] = []
        for role in LexRole.allCases {
            let scalar = Unicode.Scalar(0x4E00 + UInt32(role.rawValue))!
            lexicon.insert(String(scalar), entry: Int32(role.rawValue), tag: role.rawValue)
            text.append(scalar)
        }
        let index = LexicalIndex(scalars: text, lexicon: lexicon)
        #expect(index.matches.map(\.role) == LexRole.allCases)
        #expect(LexRole.allCases.allSatisfy { index.startRoles[Int($0.rawValue)] == $0.bit })
    }

    @Test func theIndexKeepsEveryMatchWhenATextHoldsManyMorePerPositionThanUsual() {
        var lexicon = Lexicon()
        for length in 1...6 { lexicon.insert(String(repeating: "村", count: length), entry: Int32(length)) }
        let text = Array(String(repeating: "村", count: 100).unicodeScalars)
        let index = LexicalIndex(scalars: text, lexicon: lexicon)
        // Six terms start at each of the first 95 positions, fewer near the end: 585 in all.
        #expect(index.matches.count == 95 * 6 + (5 + 4 + 3 + 2 + 1))
        #expect(index.starting(at: 50).map(\.end) == Array(51...56))
        #expect(index.ending(at: 100).map(\.start) == Array(94...99))
    }
}

