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
}
