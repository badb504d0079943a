import NewsGraphCore

/// Foreign names written in Chinese: runs of transliteration characters (`transliteration.tsv`).
///
/// A run joined to another by a middle dot is a name on its own (`科菲·安南`, `拉·甘地`); a run
/// without a dot needs a title right before (`总统克林顿`, `主席斯特罗耶夫`), or a cue verb right
/// after and a clear boundary before (`，萨默斯说`). A run right before a title is not taken: it is
/// most often a country (`伊朗总统`).
enum TransliteratedNames {
    /// A found name and the rule that found it.
    struct Found {
        var range: ScalarRange
        var rule: String
        var priority: Int
    }

    /// The transliterated names of `scan`.
    /// - Complexity: O(n): every scalar is looked at once or twice.
    static func names(in scan: ArticleScan, context: PersonContext, covered: CoveredPositions) -> [Found] {
        let table = scan.resources.transliterationCharacters
        func isLetter(_ position: Int) -> Bool { table[scan.scalars[position]] == true }
        var result: [Found] = []
        var position = 0
        while position < scan.count {
            guard isLetter(position) else {
                position += 1
                continue
            }
            // A segment: runs of letters joined by single middle dots.
            let start = position
            var end = position
            var runs = 0
            var shortestRun = Int.max
            while end < scan.count, isLetter(end) {
                let runStart = end
                // A run ends where a cue or a title starts (`安南希望` is 安南 + 希望).
                while end < scan.count, isLetter(end), end == runStart || context.after[end] < .cue { end += 1 }
                runs += 1
                shortestRun = min(shortestRun, end - runStart)
                guard end + 1 < scan.count, isNameDot(scan.scalars[end]), isLetter(end + 1) else { break }
                end += 1
            }
            position = end
            let range = ScalarRange(start, end)
            let left = context.before[start]
            let right = context.after[end]
            if runs > 1 {
                if range.count >= 3 { result.append(Found(range: range, rule: "transliterated", priority: Priority.personAfterTitle)) }
            } else if left == .title, (2...8).contains(range.count), right != .none || range.count >= 3 {
                result.append(Found(range: range, rule: "transliterated.after-title", priority: Priority.personAfterTitle))
            } else if left >= .clear, right == .cue, (3...8).contains(range.count) {
                result.append(Found(range: range, rule: "transliterated.before-cue", priority: Priority.personBeforeCue))
            } else if left >= .boundary, right == .title, (3...8).contains(range.count), !covered.overlaps(range),
                      !scan.hasMatch(.notName, startingAt: start) {
                result.append(Found(range: range, rule: "transliterated.before-title", priority: Priority.personBeforeTitle))
            }
        }
        return result
    }

    /// The middle dots that join the parts of a foreign name (`·`, `•`, `・`).
    private static func isNameDot(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0xB7 || scalar.value == 0x2022 || scalar.value == 0x30FB
    }
}
