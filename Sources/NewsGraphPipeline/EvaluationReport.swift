import NewsGraphCore

/// The result of `newsgraph eval`: scores per type, micro-averaged, and per relation or check.
public struct EvaluationReport: Sendable {
    /// Which gold format was read.
    public var goldFormat: String
    /// Number of gold documents (records or articles).
    public var documents: Int
    /// Scores per entity type (`person`, `title` …), in display order.
    public var types: [(type: String, score: Score)]
    /// Scores of relations and other checks (`holds_title`, `reporters`, `dates_resolved` …).
    public var checks: [(name: String, score: Score)]
    /// Free-form notes (unmatched articles and the like).
    public var notes: [String]

    /// The micro-average over `types`.
    public var micro: Score { types.reduce(Score()) { $0 + $1.score } }

    /// The score of `type`, if it was scored.
    public func score(of type: String) -> Score? {
        types.first { $0.type == type }?.score ?? checks.first { $0.name == type }?.score
    }

    /// A plain-text table.
    public func table() -> String {
        var lines = ["gold: \(goldFormat), \(documents) documents", ""]
        lines.append(pad("type", 16) + pad("P", 8) + pad("R", 8) + pad("F1", 8) + pad("TP", 7) + pad("FP", 7) + "FN")
        func row(_ name: String, _ score: Score) -> String {
            pad(name, 16) + pad(fixed(score.precision), 8) + pad(fixed(score.recall), 8) + pad(fixed(score.f1), 8)
                + pad(String(score.truePositives), 7) + pad(String(score.falsePositives), 7) + String(score.falseNegatives)
        }
        for (type, score) in types { lines.append(row(type, score)) }
        lines.append(row("micro", micro))
        if !checks.isEmpty {
            lines.append("")
            for (name, score) in checks { lines.append(row(name, score)) }
        }
        if !notes.isEmpty {
            lines.append("")
            lines.append(contentsOf: notes)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The scores as one JSON object.
    public func json() -> String {
        var out = JSONOutput()
        func scoreObject(_ score: Score) {
            out.raw("{")
            out.key("precision"); out.raw(contentsOf: fixed(score.precision))
            out.raw(","); out.key("recall"); out.raw(contentsOf: fixed(score.recall))
            out.raw(","); out.key("f1"); out.raw(contentsOf: fixed(score.f1))
            out.raw(","); out.key("tp"); out.int(score.truePositives)
            out.raw(","); out.key("fp"); out.int(score.falsePositives)
            out.raw(","); out.key("fn"); out.int(score.falseNegatives)
            out.raw("}")
        }
        out.raw("{"); out.key("gold_format"); out.string(goldFormat)
        out.raw(","); out.key("documents"); out.int(documents)
        out.raw(","); out.key("types"); out.raw("{")
        for (index, (type, score)) in types.enumerated() {
            if index > 0 { out.raw(",") }
            out.string(type); out.raw(":"); scoreObject(score)
        }
        out.raw("},"); out.key("micro"); scoreObject(micro)
        out.raw(","); out.key("checks"); out.raw("{")
        for (index, (name, score)) in checks.enumerated() {
            if index > 0 { out.raw(",") }
            out.string(name); out.raw(":"); scoreObject(score)
        }
        out.raw("}}\n")
        return String(decoding: out.bytes, as: UTF8.self)
    }

    private func fixed(_ value: Double) -> String {
        let scaled = Int((value * 10000).rounded())
        let fraction = String(scaled % 10000)
        return "\(scaled / 10000).\(String(repeating: "0", count: 4 - fraction.count))\(fraction)"
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}
