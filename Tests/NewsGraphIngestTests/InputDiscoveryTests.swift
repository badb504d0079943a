import Foundation
import NewsGraphCore
import NewsGraphIngest
import NewsGraphTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// File-system trouble is reported one line each, and everything else is still read.
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
        #expect(lines.contains { $0.hasPrefix(root + "/b/loop: warning: folder already read (a symbolic link loop") })
        #expect(lines.contains { $0.hasPrefix(root + "/missing: error: cannot open") })
        #expect(lines.count == 4)
    }

    @Test func fileLinkLoopsSecondLinksAndPipesAreReportedOnce() throws {
        let root = TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let manager = FileManager.default
        manager.createFile(atPath: root + "/a.txt", contents: Data("正文。".utf8))
        try manager.createSymbolicLink(atPath: root + "/b.txt", withDestinationPath: root + "/a.txt")
        try manager.createSymbolicLink(atPath: root + "/x.txt", withDestinationPath: root + "/y.txt")
        try manager.createSymbolicLink(atPath: root + "/y.txt", withDestinationPath: root + "/x.txt")
        #expect(mkfifo(root + "/z.txt", 0o644) == 0)
        let collector = ProblemCollector()
        let files = InputDiscovery.files(in: [root, root + "/a.txt"], log: collector.log())
        #expect(files.map(\.relativePath) == [root + "/a.txt"])
        #expect(collector.problems.map(\.description) == [
            root + "/b.txt: warning: same file as \(root)/a.txt; not read again",
            root + "/x.txt: error: cannot open: too many levels of symbolic links; skipped",
            root + "/y.txt: error: cannot open: too many levels of symbolic links; skipped",
            root + "/z.txt: error: not a regular file or folder (a device, pipe or socket); skipped",
            root + "/a.txt: warning: same file as \(root)/a.txt; not read again",
        ])
    }

    @Test func namesThatAreNotUTF8AreReadUnderTheirBytesAndShownEscaped() throws {
        let root = TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        // 报纸.txt written in GBK, as Windows disks do.
        let name: [UInt8] = [0xB1, 0xA8, 0xD6, 0xBD] + Array(".txt".utf8)
        let path = RawPath(root).appending(name)
        let descriptor = path.withCString { open($0, O_WRONLY | O_CREAT, 0o644) }
        #expect(descriptor >= 0)
        let text = Array("# 标题\n县委书记解芳深入横水镇调研。".utf8)
        #expect(write(descriptor, text, text.count) == text.count)
        close(descriptor)
        let collector = ProblemCollector()
        let files = InputDiscovery.files(in: [root], log: collector.log())
        #expect(files.map(\.relativePath) == [root + "/\\xB1\\xA8\\xD6\\xBD.txt"])
        #expect(collector.problems.map(\.description) == [
            root + "/\\xB1\\xA8\\xD6\\xBD.txt: warning: name is not valid UTF-8 (as GB18030: \"报纸.txt\"); read anyway, shown with \\x escapes",
        ])
        let read = try #require(ArticleReader(fallbackYear: nil).read(files[0], firstSequence: 0, log: collector.log()))
        #expect(read.articles.map(\.header.id) == [root + "/\\xB1\\xA8\\xD6\\xBD.txt#1"])
    }

    @Test func aLineBreakInAFileNameIsShownEscapedSoTheProblemStaysOneLine() throws {
        let root = TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        FileManager.default.createFile(atPath: root + "/a\nb.png", contents: Data())
        let collector = ProblemCollector()
        #expect(InputDiscovery.files(in: [root], log: collector.log()).isEmpty)
        #expect(collector.problems.map(\.description) == [root + "/a\\x0Ab.png: warning: not a .txt, .md or .jsonl file; skipped"])
    }

    @Test func aFileThatVanishesOrCannotBeReadIsReportedAndSkipped() throws {
        let root = TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        FileManager.default.createFile(atPath: root + "/gone.txt", contents: Data("正文。".utf8))
        // Reading /proc/self/mem at offset 0 fails with EIO, even for root.
        try FileManager.default.createSymbolicLink(atPath: root + "/broken.txt", withDestinationPath: "/proc/self/mem")
        let collector = ProblemCollector()
        let files = InputDiscovery.files(in: [root], log: collector.log())
        #expect(files.count == 2)
        try FileManager.default.removeItem(atPath: root + "/gone.txt")
        let reader = ArticleReader(fallbackYear: nil)
        for file in files {
            #expect(reader.read(file, firstSequence: 0, log: collector.log()) == nil)
        }
        #expect(collector.problems.map(\.description) == [
            root + "/broken.txt: error: cannot read: input/output error; skipped",
            root + "/gone.txt: error: cannot read: no such file or directory; skipped",
        ])
    }

    @Test func aFileWithoutReadPermissionIsReportedAndSkipped() throws {
        guard geteuid() != 0 else {
            print("skipped: running as root, which reads files whatever their permissions (the /proc/self/mem case covers read errors)")
            return
        }
        let root = TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        FileManager.default.createFile(atPath: root + "/secret.txt", contents: Data("正文。".utf8), attributes: [.posixPermissions: 0])
        let collector = ProblemCollector()
        let files = InputDiscovery.files(in: [root], log: collector.log())
        #expect(ArticleReader(fallbackYear: nil).read(files[0], firstSequence: 0, log: collector.log()) == nil)
        #expect(collector.problems.map(\.description) == [root + "/secret.txt: error: cannot read: permission denied; skipped"])
    }
}
