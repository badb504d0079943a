import NewsGraphCore

/// Scores against a seed gold (`../shared/seeds/gold/*.gold.json`): per article (matched by
/// headline), sets of (type, text) per entity type; `a|b` matches either spelling; `optional`
/// entries are neither rewarded nor penalised, nor are `HOLDS_TITLE` pairs on them. Also scores
/// `HOLDS_TITLE` pairs, reporters, resolved dates, visits and chairs, and how many articles were
/// found.
struct SeedGoldScorer {
    let coarse: Bool

    static let types = ["person", "title", "place", "org", "enterprise", "date"]

    func score(gold: JSONValue, predictions: [PredictedArticle]) throws -> EvaluationReport {
        guard let articles = gold["articles"]?.arrayValue else { throw EvaluationError("seed gold without \"articles\"") }
        var byTitle: [String: PredictedArticle] = [:]
        for prediction in predictions where byTitle[prediction.title] == nil { byTitle[prediction.title] = prediction }
        var scores: [String: Score] = [:]
        var holds = Score()
        var reporters = Score()
        var dates = Score()
        var found = Score()
        var notes: [String] = []
        for article in articles {
            let title = article["title"]?.stringValue ?? ""
            guard let predicted = byTitle[title] else {
                found.falseNegatives += 1
                notes.append("article not found: \(title)")
                continue
            }
            found.truePositives += 1
            for type in Self.types {
                let goldEntries = goldTypes(scoredAs: type).flatMap { strings(article["entities"]?[$0]) }
                let optional = Set(goldTypes(scoredAs: type).flatMap { strings(article["optional"]?[$0]) }.flatMap(alternatives))
                let predictedTexts = Set(predicted.mentions.filter { self.type(of: $0.label) == type }.map(\.text))
                scores[type, default: Score()] += match(predicted: predictedTexts, gold: goldEntries, optional: optional)
            }
            let goldPairs = (article["holds_title"]?.arrayValue ?? []).compactMap { pair -> String? in
                guard let items = pair.arrayValue?.compactMap(\.stringValue), items.count == 2 else { return nil }
                return alternatives(items[1]).map { "\(items[0])→\($0)" }.joined(separator: "|")
            }
            let pairs = predicted.holdsTitle.map { (person: predicted.mentions[$0.person].text, title: predicted.mentions[$0.title].text) }
            let predictedPairs = Set(pairs.map { "\($0.person)→\($0.title)" })
            // A pair on an optional person or title (王大娘, 审判长) is neither rewarded nor
            // penalised, as the entity itself is not.
            let optionalPersons = optionalTexts(of: "person", in: article)
            let optionalTitles = optionalTexts(of: "title", in: article)
            let optionalPairs = Set(pairs.filter { optionalPersons.contains($0.person) || optionalTitles.contains($0.title) }
                .map { "\($0.person)→\($0.title)" })
            holds += match(predicted: predictedPairs, gold: goldPairs, optional: optionalPairs)
            reporters += Score(predicted: Set(predicted.reporters), gold: Set(strings(article["reporters"])))
            if case .object(let members)? = article["dates_iso"] {
                let goldDates = Set(members.compactMap { member in member.value.stringValue.map { "\(member.key)=\($0)" } })
                // An optional date (今年 of 今年以来) is neither rewarded nor penalised here either.
                let goldTexts = Set(members.map(\.key))
                let optionalDates = Set(strings(article["optional"]?["date"]).flatMap(alternatives)).subtracting(goldTexts)
                let predictedDates = Set(predicted.mentions.filter { span in
                    span.label == .date && !optionalDates.contains(span.text)
                }.compactMap { span in
                    span.resolved.map { "\(span.text)=\($0)" }
                })
                dates += Score(predicted: predictedDates, gold: goldDates)
            }
        }
        return EvaluationReport(
            goldFormat: "seed article gold", documents: articles.count,
            types: Self.types.map { ($0, scores[$0] ?? Score()) },
            checks: [("articles", found), ("holds_title", holds), ("reporters", reporters), ("dates_resolved", dates)],
            notes: notes
        )
    }

    private func type(of label: Label) -> String? {
        switch label {
        case .enterprise: coarse ? "org" : "enterprise"
        case .meeting: nil
        default: label.goldType
        }
    }

    /// The gold types scored under `type`: with `coarse`, enterprises count as organisations.
    private func goldTypes(scoredAs type: String) -> [String] {
        guard coarse else { return [type] }
        switch type {
        case "org": return ["org", "enterprise"]
        case "enterprise": return []
        default: return [type]
        }
    }

    /// The optional texts of `type` in `article` that no scored entry of it also spells.
    private func optionalTexts(of type: String, in article: JSONValue) -> Set<String> {
        let scored = Set(strings(article["entities"]?[type]).flatMap(alternatives))
        return Set(strings(article["optional"]?[type]).flatMap(alternatives)).subtracting(scored)
    }

    private func strings(_ value: JSONValue?) -> [String] {
        (value?.arrayValue ?? []).compactMap(\.stringValue)
    }

    private func alternatives(_ entry: String) -> [String] {
        entry.split(separator: "|").map(String.init)
    }

    /// Gold entries (with `a|b` alternatives) against predicted texts; optional texts are ignored.
    private func match(predicted: Set<String>, gold: [String], optional: Set<String>) -> Score {
        var score = Score()
        var matched: Set<String> = []
        for entry in Set(gold) {
            let options = alternatives(entry)
            if options.contains(where: predicted.contains) {
                score.truePositives += 1
                matched.formUnion(options.filter(predicted.contains))
            } else {
                score.falseNegatives += 1
            }
        }
        score.falsePositives = predicted.subtracting(matched).subtracting(optional).count
        return score
    }
}
