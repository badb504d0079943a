import NewsGraphCore
import Testing

@Suite struct ScalarArrayTests {
    /// Offsets count Unicode scalars; the fast decoding must give exactly the scalars of the text.
    @Test(arguments: [
        "", "a", "县委书记解芳", "本报讯（记者 张三）12月1日，", "王𠮷 é e\u{301} 😀 ·", "\n\r\t",
    ])
    func scalarsEqualTheUnicodeScalarView(_ text: String) {
        #expect(text.scalarArray == Array(text.unicodeScalars))
    }

    /// Long texts are counted in blocks of eight bytes; every length and mix must still agree.
    @Test func longMixedTextsDecodeCompletely() {
        var text = ""
        for index in 0..<3000 {
            text += index % 7 == 0 ? "😀" : index % 5 == 0 ? "é" : index % 3 == 0 ? "a" : "县"
            if index % 997 == 0 {
                #expect(text.scalarArray == Array(text.unicodeScalars))
            }
        }
        #expect(text.scalarArray == Array(text.unicodeScalars))
        #expect(text.scalarArray.count == 3000)
    }
}
