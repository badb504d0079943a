import NewsGraphIngest
import Testing

@Suite struct NameDateTests {
    @Test(arguments: [
        ("2022-12-05.txt", "2022-12-05"),
        ("archive/20221205/page1.md", "2022-12-05"),
        ("jx_2022_12_05.txt", "2022-12-05"),
        ("2022/12/05.txt", nil),
        ("000_8b7748761db64070.txt", nil),
        ("a/2021-01-02/b/20221301.txt", "2021-01-02"),
    ] as [(String, String?)])
    func findsADateInFileOrFolderNames(_ path: String, _ expected: String?) {
        #expect(NameDate.find(inPath: path)?.iso == expected)
    }
}
