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

    @Test func aDefaultRunLoadsTheGazetteersThatDictionariesGazetteersTsvLists() throws {
        guard TestPaths.shared != nil else {
            print(TestPaths.sharedMissing)
            return
        }
        let out = TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let result = try NewsGraphBinary.run(["extract", "--year", "2022", "--out", out], gazetteers: true)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("newsgraph: gazetteers: 7 files, "))
        let articles = String(decoding: readBytes(out + "/articles.jsonl"), as: UTF8.self)
        #expect(articles.contains("\"text\":\"新庄村\",\"label\":\"PLACE\",\"kb_id\":\"plc_0003\",\"sent\":\"s3\",\"rule\":\"jiangxian_140826.csv:44\""))
        let without = try NewsGraphBinary.run(["extract", "--year", "2022", "--out", out, "--no-gazetteers"])
        #expect(without.status == 0)
        #expect(!without.stderr.contains("gazetteers:"))
        #expect(!String(decoding: readBytes(out + "/articles.jsonl"), as: UTF8.self).contains("jiangxian_140826.csv"))
    }

    @Test func configuredGazetteersThatAreNotThereArePassedOverWithOneNote() throws {
        let folder = try Self.copyOfDictionaries(gazetteers: "gazetteer\tno/such/villages.csv\ngazetteer\tno/such/towns.csv\ncounty\t绛县\n")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let out = TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let result = try NewsGraphBinary.run(["extract", "--year", "2022", "--out", out, "--dictionaries", folder], gazetteers: true)
        #expect(result.status == 0)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first == "\(folder)/gazetteers.tsv: note: its 2 national gazetteers are not there (\(folder)/no/such/villages.csv, …); running without them")
        #expect(String(decoding: readBytes(out + "/articles.jsonl"), as: UTF8.self).split(separator: "\n").count == 5)
        let quiet = try NewsGraphBinary.run(["extract", "--year", "2022", "--out", out, "--dictionaries", folder, "--quiet"], gazetteers: true)
        #expect(quiet.stderr == "")
    }

    @Test func aCountyWithoutGazetteersOrAMalformedGazetteerExitsWith64() throws {
        let folder = try Self.copyOfDictionaries(gazetteers: "gazetteer\tno/such/villages.csv\n")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try NewsGraphBinary.run(["extract", "--dictionaries", folder, "--county", "绛县", "--quiet", "--out", TestPaths.temporaryFolder()])
        #expect(result.status == 64)
        #expect(result.stderr == "--county: error: needs the national gazetteers (--gazetteer PATH)\n")
        let unknownKey = try Self.copyOfDictionaries(gazetteers: "county\t绛县\nplace\t横水镇\n")
        defer { try? FileManager.default.removeItem(atPath: unknownKey) }
        let badConfig = try NewsGraphBinary.run(["extract", "--dictionaries", unknownKey, "--out", TestPaths.temporaryFolder()], gazetteers: true)
        #expect(badConfig.status == 64)
        #expect(badConfig.stderr == "\(unknownKey)/gazetteers.tsv:2: error: unknown key \"place\" (expected county, gazetteer)\n")
        let csv = TestPaths.temporaryFolder("newsgraph-gaz")
        defer { try? FileManager.default.removeItem(atPath: csv) }
        try "code,name\n140826101201,新庄村委会\n1408261,绛\n".write(toFile: csv + "/v.csv", atomically: true, encoding: .utf8)
        let malformed = try NewsGraphBinary.run(["extract", "--gazetteer", csv + "/v.csv", "--out", TestPaths.temporaryFolder()])
        #expect(malformed.status == 64)
        #expect(malformed.stderr == "\(csv)/v.csv:3: error: division code must have 2, 4, 6, 9 or 12 digits, not 7\n")
    }

    /// A copy of `Dictionaries/` in a temporary folder whose `gazetteers.tsv` reads `gazetteers`.
    static func copyOfDictionaries(gazetteers: String) throws -> String {
        let folder = TestPaths.temporaryFolder("newsgraph-dict")
        for name in try FileManager.default.contentsOfDirectory(atPath: TestPaths.dictionaries) {
            try FileManager.default.copyItem(atPath: TestPaths.dictionaries + "/" + name, toPath: folder + "/" + name)
        }
        try gazetteers.write(toFile: folder + "/gazetteers.tsv", atomically: true, encoding: .utf8)
        return folder
    }
}
