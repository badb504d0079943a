/// Counts of one comparison and the measures derived from them.
public struct Score: Sendable, Equatable {
    public var truePositives = 0
    public var falsePositives = 0
    public var falseNegatives = 0

    public init(truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0) {
        self.truePositives = truePositives
        self.falsePositives = falsePositives
        self.falseNegatives = falseNegatives
    }

    /// Scores a predicted set against a gold set: exact matches, duplicates counted once.
    public init<Item: Hashable>(predicted: Set<Item>, gold: Set<Item>) {
        truePositives = predicted.intersection(gold).count
        falsePositives = predicted.count - truePositives
        falseNegatives = gold.count - truePositives
    }

    public var precision: Double {
        truePositives + falsePositives == 0 ? (falseNegatives == 0 ? 1 : 0) : Double(truePositives) / Double(truePositives + falsePositives)
    }

    public var recall: Double {
        truePositives + falseNegatives == 0 ? (falsePositives == 0 ? 1 : 0) : Double(truePositives) / Double(truePositives + falseNegatives)
    }

    public var f1: Double {
        let p = precision
        let r = recall
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }

    public static func + (lhs: Score, rhs: Score) -> Score {
        Score(
            truePositives: lhs.truePositives + rhs.truePositives,
            falsePositives: lhs.falsePositives + rhs.falsePositives,
            falseNegatives: lhs.falseNegatives + rhs.falseNegatives
        )
    }

    public static func += (lhs: inout Score, rhs: Score) {
        lhs = lhs + rhs
    }
}
