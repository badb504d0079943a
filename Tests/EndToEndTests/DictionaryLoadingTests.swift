import Foundation
import NewsGraphCore
import NewsGraphPipeline
import NewsGraphTestSupport
import Testing

/// Every way a dictionary folder can be broken is reported compiler-style, naming the file and
/// (where there is one) the line, and loading stops there.
@Suite struct DictionaryLoadingTests {
    /// A copy of `Dictionaries/` with `line` appended to `file` (or `file` replaced by `bytes`).
    private func brokenCopy(_ file: String, appending line: String? = nil, bytes: [UInt8]? = nil) throws -> (folder: String, line: Int) {
        let folder = TestPaths.temporaryFolder("newsgraph-dict")
        for name in try FileManager.default.contentsOfDirectory(atPath: TestPaths.dictionaries) {
            try FileManager.default.copyItem(atPath: TestPaths.dictionaries + "/" + name, toPath: folder + "/" + name)
        }
        let path = folder + "/" + file
        var content = (try? Data(contentsOf: URL(fileURLWithPath: path))).map { [UInt8]($0) } ?? []
        if let bytes { content = bytes }
        if let line {
            if let last = content.last, last != UInt8(ascii: "\n") { content.append(UInt8(ascii: "\n")) }
            content += Array((line + "\n").utf8)
        }
        try Data(content).write(to: URL(fileURLWithPath: path))
        let lineNumber = content.dropLast().filter { $0 == UInt8(ascii: "\n") }.count + 1
        return (folder, lineNumber)
    }

    private func loadError(_ folder: String) -> String? {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        do {
            _ = try DictionarySet.load(from: folder)
            return nil
        } catch {
            return error.description
        }
    }

    @Test(arguments: [
        ("surnames.tsv", "欧阳\tsingle\tcommon", #""欧阳" is not a single surname"#),
        ("surnames.tsv", "王\tsingle\tfamous", #"frequency class must be common, regular or rare, not "famous""#),
        ("given_chars.tsv", "明华\tcommon", #"expected one character, not "明华""#),
        ("names.tsv", "的\tnot-a-role", #"unknown role "not-a-role" (expected function-surname, not-given, not-name, two-given, word)"#),
        ("person_cues.tsv", "指出", "missing column 2 (role)"),
        ("titles.tsv", "书记\toffice\tstandalone", #"flag "standalone" does not apply to a office"#),
        ("places_jiangxian.tsv", "横水镇\tplanet", "unknown place type \"planet\" (expected country, province, city, county, district, town, village, scenic, street, place)"),
        ("place_suffixes.tsv", "村\tvillage\t2\tmany", #"longest stem must be a whole number from 0 to 64, not "many""#),
        ("org_suffixes.tsv", "公司\tenterprise\t5\t2", "shortest stem must be at least 1 and at most the longest stem"),
        ("meetings.tsv", "会议\tending", #"unknown role "ending" (expected suffix, trigger)"#),
        ("blocks.tsv", "的了\tstop", #"a stop is one character, not "的了""#),
        ("blocks.tsv", "提升\tnot-stem\t提", "only an industry row has a short form"),
        ("relations.tsv", "深入\tgo", #"unknown role "go" (expected visit, on-site, at, chair, adverb, credit, former, former-after-break, escort, appoint, session, party, lead, post, removal)"#),
        ("relations.tsv", "\tvisit", "expected two columns: term, role"),
        ("titles.tsv", "书\u{7}记\toffice", "term contains a control character"),
        ("manifest.tsv", "titles", "expected two columns: kind, file"),
        ("manifest.tsv", "colours\tcolours.tsv", "unknown kind \"colours\" (expected one of blocks, gazetteers, given-chars, japanese-surnames, known-persons, meetings, name-chars, names, org-suffixes, orgs, person-cues, person-odds, place-abbreviations, place-suffixes, places, relations, surnames, text-chars, titles, transliteration)"),
    ] as [(String, String, String)])
    func aMalformedLineNamesFileAndLine(_ file: String, _ line: String, _ message: String) throws {
        let (folder, number) = try brokenCopy(file, appending: line)
        #expect(loadError(folder) == "\(folder)/\(file):\(number): error: \(message)")
    }

    @Test func aListedFileThatIsMissingNamesTheManifestLine() throws {
        let (folder, number) = try brokenCopy("manifest.tsv", appending: "titles\tmissing.tsv")
        #expect(loadError(folder) == "\(folder)/manifest.tsv:\(number): error: cannot read \(folder)/missing.tsv: no such file or directory")
    }

    @Test func aMissingOrEmptyManifestIsAnError() throws {
        let folder = TestPaths.temporaryFolder("newsgraph-dict")
        #expect(loadError(folder) == "\(folder)/manifest.tsv: error: cannot read: no such file or directory")
        let (empty, _) = try brokenCopy("manifest.tsv", bytes: Array("# nothing here\n".utf8))
        #expect(loadError(empty) == "\(empty)/manifest.tsv: error: lists no dictionaries")
    }

    @Test func aFileThatIsNotUTF8NamesTheLineAndByte() throws {
        let text = "# 标题\n县\tscope\n"
        let bytes = Array(text.utf8) + TestEncoding.encode("书记\toffice\n", to: "GB18030")
        let (folder, _) = try brokenCopy("titles.tsv", bytes: bytes)
        #expect(loadError(folder) == "\(folder)/titles.tsv:3: error: not valid UTF-8 (byte \(text.utf8.count)); dictionaries must be saved as UTF-8")
    }

    @Test func aByteOrderMarkIsNotPartOfTheFirstTerm() throws {
        let (folder, _) = try brokenCopy("meetings.tsv", bytes: [0xEF, 0xBB, 0xBF] + Array("研讨会\tsuffix\n召开\ttrigger\n".utf8))
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let dictionaries = try DictionarySet.load(from: folder)
        #expect(!dictionaries.recognition.entries(of: "研讨会", role: .meetingSuffix).isEmpty)
    }

    @Test func theCommandLineStopsWith64BeforeReadingAnyInput() throws {
        let (folder, number) = try brokenCopy("org_suffixes.tsv", appending: "公司\tcompany\t2\t8")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for arguments in [["extract", "no/such/input.txt"], ["extract", "--stdin"]] {
            let result = try NewsGraphBinary.run(arguments + ["--dictionaries", folder, "--out", folder + "/out"], input: "not json\n")
            #expect(result.status == 64)
            #expect(result.stderr == "\(folder)/org_suffixes.tsv:\(number): error: unknown role \"company\" (expected enterprise, org)\n")
            #expect(result.stdout == "")
        }
        #expect(!FileManager.default.fileExists(atPath: folder + "/out"))
    }
}
