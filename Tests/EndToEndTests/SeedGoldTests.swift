import Foundation
import NewsGraphCore
import NewsGraphPipeline
import NewsGraphTestSupport
import Testing

/// The whole pipeline on `seeds/`, scored against the hand-made gold of `../shared/seeds/gold/`.
@Suite(.serialized) struct SeedGoldTests {
    @Test func theSeedMeetsTheGoldThresholds() throws {
        guard let shared = TestPaths.shared else {
            print(TestPaths.sharedMissing)
            return
        }
        let out = try NewsGraphBinary.extractSeeds()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let dictionaries = try DictionarySet.load(from: TestPaths.dictionaries)
        let report = try Evaluation(dictionaries: dictionaries, jobs: 2, year: nil, coarse: false)
            .evaluate(goldPath: shared + "/seeds/gold/000_8b7748761db64070.gold.json", predictionsPath: out + "/articles.jsonl")
        let table = report.table()
        #expect(report.score(of: "articles") == Score(truePositives: 5), "\(table)")
        #expect(report.micro.f1 >= 0.95, "\(table)")
        for (type, score) in report.types {
            #expect(score.f1 >= 0.90, "\(type) below 0.90\n\(table)")
        }
        #expect((report.score(of: "holds_title")?.f1 ?? 0) >= 0.95, "\(table)")
        #expect(report.score(of: "reporters") == Score(truePositives: 3), "\(table)")
        #expect(report.score(of: "dates_resolved") == Score(truePositives: 6), "\(table)")
    }

    @Test func evalWithoutPredictionsRunsThePipelineOnTheGoldSource() throws {
        guard let shared = TestPaths.shared else {
            print(TestPaths.sharedMissing)
            return
        }
        let result = try NewsGraphBinary.run(["eval", "--gold", shared + "/seeds/gold/000_8b7748761db64070.gold.json", "--json"], gazetteers: true)
        #expect(result.status == 0, "\(result.stderr)")
        let json = try JSONParser.parse(result.stdout)
        #expect(json["checks"]?["articles"]?["tp"]?.intValue == 5)
        #expect((json["micro"]?["f1"].flatMap { if case .number(let n) = $0 { n } else { nil } } ?? 0) >= 0.95)
    }

    /// `--coarse` folds enterprises into organisations on both sides: the seed's two companies
    /// are organisations found, not organisations predicted wrongly and enterprises missed.
    @Test func coarseScoringFoldsTheGoldsEnterprisesToo() throws {
        guard let shared = TestPaths.shared else {
            print(TestPaths.sharedMissing)
            return
        }
        let result = try NewsGraphBinary.run(
            ["eval", "--gold", shared + "/seeds/gold/000_8b7748761db64070.gold.json", "--json", "--coarse"], gazetteers: true
        )
        #expect(result.status == 0, "\(result.stderr)")
        let json = try JSONParser.parse(result.stdout)
        #expect(json["types"]?["org"]?["tp"]?.intValue == 7, "\(result.stdout)")
        #expect(json["types"]?["org"]?["fp"]?.intValue == 0, "\(result.stdout)")
        #expect(json["types"]?["enterprise"]?["fn"]?.intValue ?? 0 == 0, "\(result.stdout)")
    }

    @Test func anOptionalDateIsNotCountedAgainstResolvedDates() throws {
        let dump = "# 县委书记张勇调研项目建设\n\n本报讯 今年以来,县委书记张勇在3月上旬调研项目建设。\n"
        let gold = #"{"source": "2023-03-15_x.txt", "year": 2023, "articles": [{"title": "县委书记张勇调研项目建设", "entities": {"person": ["张勇"], "title": ["县委书记"], "date": ["3月上旬"]}, "optional": {"date": ["今年", "今年以来"]}, "holds_title": [["张勇", "县委书记"]], "dates_iso": {"3月上旬": "2023-03"}}]}"#
        let (json, stdout) = try Self.evaluate(dump: dump, gold: gold, folder: "newsgraph-optional-date")
        #expect(json["checks"]?["dates_resolved"]?["tp"]?.intValue == 1, "\(stdout)")
        #expect(json["checks"]?["dates_resolved"]?["fp"]?.intValue == 0, "\(stdout)")
    }

    @Test func aPairOnAnOptionalTitleIsNotCountedAgainstHoldsTitle() throws {
        let dump = "# 县法院巡回审判进村\n\n本报讯 3月5日,县委书记张勇调研。县人民法院院长赵明担任审判长。\n"
        let gold = #"{"source": "2023-03-15_x.txt", "year": 2023, "articles": [{"title": "县法院巡回审判进村", "entities": {"person": ["张勇", "赵明"], "title": ["县委书记", "县人民法院院长"], "date": ["3月5日"]}, "optional": {"title": ["审判长"]}, "holds_title": [["张勇", "县委书记"], ["赵明", "县人民法院院长"]], "dates_iso": {"3月5日": "2023-03-05"}}]}"#
        let (json, stdout) = try Self.evaluate(dump: dump, gold: gold, folder: "newsgraph-optional-title")
        #expect(json["checks"]?["holds_title"]?["tp"]?.intValue == 2, "\(stdout)")
        #expect(json["checks"]?["holds_title"]?["fp"]?.intValue == 0, "\(stdout)")
    }

    /// `newsgraph eval --json` of the seed-format `gold` over the one-file `dump`
    /// (`2023-03-15_x.txt`), in a temporary folder named after `folder`.
    private static func evaluate(dump: String, gold: String, folder name: String) throws -> (JSONValue, String) {
        let folder = TestPaths.temporaryFolder(name)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try dump.write(toFile: folder + "/2023-03-15_x.txt", atomically: true, encoding: .utf8)
        try gold.write(toFile: folder + "/x.gold.json", atomically: true, encoding: .utf8)
        let result = try NewsGraphBinary.run(["eval", "--gold", folder + "/x.gold.json", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        return (try JSONParser.parse(result.stdout), result.stdout)
    }
}
