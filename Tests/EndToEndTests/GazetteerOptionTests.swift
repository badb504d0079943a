import Foundation
import NewsGraphTestSupport
import Testing

/// `--gazetteer` and `--county` on the command line.
@Suite struct GazetteerOptionTests {
    @Test func theNationalGazetteersLoadFromTheSharedFolder() throws {
        guard let shared = TestPaths.shared else {
            print(TestPaths.sharedMissing)
            return
        }
        let out = TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let result = try NewsGraphBinary.run([
            "extract", "--year", "2022", "--out", out, "--gazetteer", shared + "/gazetteers", "--county", "绛县",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("newsgraph: gazetteers: 7 files, "))
        let articles = String(decoding: readBytes(out + "/articles.jsonl"), as: UTF8.self)
        // The home county's own entry (jiangxian_140826.csv, the county file) names 新庄村.
        #expect(articles.contains("\"text\":\"新庄村\",\"label\":\"PLACE\""))
        #expect(articles.contains("\"rule\":\"jiangxian_140826.csv:"))
    }

    @Test func aCountyWithoutGazetteersOrAMalformedGazetteerExitsWith64() throws {
        let result = try NewsGraphBinary.run(["extract", "--county", "绛县", "--out", TestPaths.temporaryFolder()])
        #expect(result.status == 64)
        #expect(result.stderr == "--county: error: needs the national gazetteers (--gazetteer PATH)\n")
        let folder = TestPaths.temporaryFolder("newsgraph-gaz")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "code,name\n140826101201,新庄村委会\n1408261,绛\n".write(toFile: folder + "/v.csv", atomically: true, encoding: .utf8)
        let malformed = try NewsGraphBinary.run(["extract", "--gazetteer", folder + "/v.csv", "--out", TestPaths.temporaryFolder()])
        #expect(malformed.status == 64)
        #expect(malformed.stderr == "\(folder)/v.csv:3: error: division code must have 2, 4, 6, 9 or 12 digits, not 7\n")
    }
}
