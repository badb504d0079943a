import Foundation
import NewsGraphCore
import NewsGraphIngest
import NewsGraphTestSupport
import Testing

@Suite struct InputDiscoveryTests {
    @Test func walksFoldersInNameOrderAndReportsWhatItSkips() throws {
        let root = TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let manager = FileManager.default
        try manager.createDirectory(atPath: root + "/b/20221205", withIntermediateDirectories: true)
        manager.createFile(atPath: root + "/b/20221205/page.md", contents: Data("# 标题\n正文".utf8))
        manager.createFile(atPath: root + "/a.jsonl", contents: Data())
        manager.createFile(atPath: root + "/c.txt", contents: Data())
        manager.createFile(atPath: root + "/picture.png", contents: Data([0x89, 0x50]))
        manager.createFile(atPath: root + "/.hidden.txt", contents: Data())
        try manager.createSymbolicLink(atPath: root + "/dangling.txt", withDestinationPath: root + "/nowhere.txt")
        try manager.createSymbolicLink(atPath: root + "/b/loop", withDestinationPath: root + "/b")
        let collector = ProblemCollector()
        let files = InputDiscovery.files(in: [root, root + "/missing"], log: collector.log())
        #expect(files.map(\.relativePath) == [root + "/a.jsonl", root + "/b/20221205/page.md", root + "/c.txt"])
        #expect(files.map(\.format) == [.jsonLines, .dump, .dump])
        #expect(files[1].nameDate?.iso == "2022-12-05")
        let lines = collector.problems.map(\.description)
        #expect(lines.contains { $0.hasPrefix(root + "/dangling.txt: error: cannot open: dangling symbolic link") })
        #expect(lines.contains { $0.hasPrefix(root + "/picture.png: warning: not a .txt, .md or .jsonl file") })
        #expect(lines.contains { $0.hasPrefix(root + "/b/loop: warning: folder already visited") })
        #expect(lines.contains { $0.hasPrefix(root + "/missing: error: cannot open") })
        #expect(lines.count == 4)
    }
}
