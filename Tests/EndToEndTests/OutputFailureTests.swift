import Foundation
import NewsGraphTestSupport
import Testing

/// An output that cannot be written gives one clear line and exit status 1, never a truncated
/// file under a final name; earlier complete outputs survive even a SIGKILL.
@Suite(.serialized) struct OutputFailureTests {
    private static let outputs = ["articles.jsonl", "corpus.tei.xml", "graph.dot"]

    /// A folder holding complete outputs of an earlier run (marked so a test can tell them apart).
    private func folderWithEarlierOutputs() throws -> String {
        let out = TestPaths.temporaryFolder("newsgraph-out")
        for name in Self.outputs {
            try Data("earlier complete \(name)\n".utf8).write(to: URL(fileURLWithPath: out + "/" + name))
        }
        return out
    }

    private func expectEarlierOutputsIntact(_ out: String) throws {
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).sorted() == Self.outputs)
        for name in Self.outputs {
            #expect(try String(contentsOfFile: out + "/" + name, encoding: .utf8) == "earlier complete \(name)\n")
        }
    }

    @Test func anOutputFolderThatCannotBeCreatedStopsTheRunBeforeAnyWork() throws {
        let folder = TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        FileManager.default.createFile(atPath: folder + "/file", contents: Data())
        let result = try NewsGraphBinary.run(["extract", "seeds", "--out", folder + "/file/out"])
        #expect(result.status == 1)
        #expect(result.stderr == "newsgraph: error: \(folder)/file/out: cannot create the output folder: not a directory; no output written, earlier outputs left as they were\n")
    }

    @Test func anOutputNameTakenByAFolderStopsTheRunBeforeAnyWork() throws {
        let out = try folderWithEarlierOutputs()
        defer { try? FileManager.default.removeItem(atPath: out) }
        try FileManager.default.removeItem(atPath: out + "/graph.dot")
        try FileManager.default.createDirectory(atPath: out + "/graph.dot", withIntermediateDirectories: false)
        let result = try NewsGraphBinary.run(["extract", "seeds", "--out", out, "--year", "2022"])
        #expect(result.status == 1)
        #expect(result.stderr == "newsgraph: error: \(out)/graph.dot: is a folder, so the output cannot be written under this name; no output written, earlier outputs left as they were\n")
        #expect(try String(contentsOfFile: out + "/articles.jsonl", encoding: .utf8) == "earlier complete articles.jsonl\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).sorted() == Self.outputs)
    }

    @Test func aFullDiskGivesOneLineAndLeavesEarlierOutputsIntact() throws {
        let binary = try #require(NewsGraphBinary.path)
        let out = try folderWithEarlierOutputs()
        defer { try? FileManager.default.removeItem(atPath: out) }
        // At most 16 blocks (8 or 16 KiB) per file: articles.jsonl of the seeds is 40 KB. Without
        // SIGXFSZ ignored, the kernel would kill the process at the limit without a word.
        let result = try CommandRunner.run(
            "/bin/sh", ["-c", "ulimit -f 16 && exec \"$0\" \"$@\"", binary, "extract", "seeds", "--no-gazetteers", "--out", out, "--year", "2022"],
            in: TestPaths.repository
        )
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("newsgraph: error: \(out)/") == true)
        #expect(lines.first?.contains(": cannot write: file too large; no output written") == true, "\(result.stderr)")
        try expectEarlierOutputsIntact(out)
    }

    @Test func aRunKilledWithSIGKILLLeavesEarlierOutputsIntactAndTheNextRunCleansUp() throws {
        let binary = try #require(NewsGraphBinary.path)
        let input = TestPaths.temporaryFolder("newsgraph-kill")
        defer { try? FileManager.default.removeItem(atPath: input) }
        let seed = try Data(contentsOf: URL(fileURLWithPath: TestPaths.seeds + "/000_8b7748761db64070.txt"))
        for index in 1...150 { try seed.write(to: URL(fileURLWithPath: "\(input)/\(index).txt")) }
        let out = try folderWithEarlierOutputs()
        defer { try? FileManager.default.removeItem(atPath: out) }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["extract", input, "--no-gazetteers", "--out", out, "--jobs", "1", "--quiet"]
        process.standardError = FileHandle.nullDevice
        try process.run()
        let temporary = ".articles.jsonl.tmp-\(process.processIdentifier)"
        while process.isRunning, !FileManager.default.fileExists(atPath: out + "/" + temporary) { usleep(1000) }
        let killedMidRun = process.isRunning
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        guard killedMidRun else {
            Issue.record("the run ended before it could be killed; give it more input")
            return
        }
        #expect(process.terminationReason == .uncaughtSignal)
        for name in Self.outputs {
            #expect(try String(contentsOfFile: out + "/" + name, encoding: .utf8) == "earlier complete \(name)\n")
        }
        #expect(FileManager.default.fileExists(atPath: out + "/" + temporary), "the killed run's temporary file stays, hidden")

        let rerun = try NewsGraphBinary.run(["extract", "seeds", "--out", out, "--year", "2022", "--quiet"], gazetteers: true)
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).sorted() == Self.outputs, "the next run removes it")
        #expect(readBytes(out + "/articles.jsonl") == readBytes(TestPaths.repository + "/output/articles.jsonl"))
    }

    @Test func aFolderWithoutWritePermissionStopsTheRunBeforeAnyWork() throws {
        guard geteuid() != 0 else {
            print("skipped: running as root, which writes into any folder (the other output tests cover failed writes)")
            return
        }
        let out = try folderWithEarlierOutputs()
        defer {
            chmod(out, 0o755)
            try? FileManager.default.removeItem(atPath: out)
        }
        chmod(out, 0o555)
        let result = try NewsGraphBinary.run(["extract", "seeds", "--out", out])
        #expect(result.status == 1)
        #expect(result.stderr == "newsgraph: error: \(out): output folder is not writable; no output written, earlier outputs left as they were\n")
        try expectEarlierOutputsIntact(out)
    }
}
