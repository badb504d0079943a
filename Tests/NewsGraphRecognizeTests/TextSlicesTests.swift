import NewsGraphCore
@testable import NewsGraphRecognize
import Testing

/// Mention texts are cut from the article's UTF-8 by scalar offsets; they must equal the
/// scalars at those offsets, whatever the width of the characters and the order of the ranges.
@Suite struct TextSlicesTests {
    @Test func slicesEqualTheScalarsAtTheirOffsets() {
        let text = "a王𠮷é 县委书记\n😀解芳。"
        let scalars = Array(text.unicodeScalars)
        let ranges = [
            ScalarRange(0, 1), ScalarRange(1, 3), ScalarRange(3, 3), ScalarRange(5, 9), ScalarRange(10, 13),
            ScalarRange(2, 4), ScalarRange(0, scalars.count),
        ]
        let slices = TextSlices.strings(of: ranges, in: text)
        #expect(slices == ranges.map { scalars.string($0) })
        #expect(slices[1] == "王𠮷")
        #expect(slices[2] == "")
    }
}
