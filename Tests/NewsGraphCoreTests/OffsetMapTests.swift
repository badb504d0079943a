import NewsGraphCore
import Testing

@Suite struct OffsetMapTests {
    @Test func identityMapsEveryOffsetToItself() {
        let map = OffsetMap.identity
        #expect(map.isIdentity)
        #expect(map.textOffset(17) == 17)
        #expect(map.textRange(ScalarRange(3, 5)) == ScalarRange(3, 5))
    }

    /// Text `相\n\n关农业`, analysis `相关农业`: the break (2 scalars) was removed after offset 1.
    @Test func removedBreakShiftsLaterOffsetsAndSpansAcrossIt() {
        var map = OffsetMap()
        map.shift(at: 1, toText: 3)
        #expect(map.textOffset(0) == 0)
        #expect(map.textOffset(1) == 3)
        #expect(map.textRange(ScalarRange(0, 2)) == ScalarRange(0, 4))
        #expect(map.textRange(ScalarRange(0, 1)) == ScalarRange(0, 1))
        #expect(map.textRange(ScalarRange(2, 4)) == ScalarRange(4, 6))
    }
}
