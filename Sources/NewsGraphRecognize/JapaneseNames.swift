import NewsGraphCore

/// Japanese names as Chinese text writes them: a family name of two or three characters
/// (`japanese_surnames.tsv`: 桥本, 冈田) and a given name of one to three characters
/// (`首相桥本龙太郎`, `教练冈田武史说`).
///
/// Many of these family names are also Chinese words or places (中山, 山口, 丰田), so a reading
/// is a name only right after a title or a word for what someone is, or before a cue verb or a
/// title with a boundary before it; the family name alone only right before a title where no
/// place or body covers it (`桥本首相`, not `中山市长`, `丰田公司`), or between a clear boundary and
/// a cue verb (`，桥本还表示`; a company there is a known body: `丰田表示`). Where several given-name
/// lengths fit, the strongest right side, then the longest, wins.
enum JapaneseNames {
    /// A found name and the rule that found it.
    struct Found {
        var range: ScalarRange
        var rule: String
        var priority: Int
    }

    /// The Japanese names of `scan`, skipping places, titles and bodies (`covered`).
    /// - Complexity: O(n) mask tests, and O(k) for k family-name matches.
    static func names(in scan: ArticleScan, context: PersonContext, covered: CoveredPositions) -> [Found] {
        var result: [Found] = []
        for start in 0..<scan.count where scan.hasMatch(.japaneseSurname, startingAt: start) {
            let left = context.before[start]
            guard left != .none else { continue }
            let afterTitle = left == .title || context.afterRole[start]
            for family in scan.matches(.japaneseSurname, startingAt: start) {
                var best: (range: ScalarRange, right: PersonContext.Evidence)?
                var end = family.end
                while end < min(scan.count, family.end + 3), isGiven(end, scan) {
                    end += 1
                    let right = context.after[end]
                    guard afterTitle ? right != .none : right >= .cue else { continue }
                    if best == nil || right >= best!.right { best = (ScalarRange(start, end), right) }
                }
                if let best {
                    guard !covered.overlaps(best.range) else { continue }
                    result.append(afterTitle
                        ? Found(range: best.range, rule: "japanese.after-title", priority: Priority.personAfterTitle)
                        : Found(range: best.range, rule: "japanese.before-cue", priority: Priority.personBeforeCue))
                } else if !afterTitle, context.after[family.end] == .title, !covered.overlaps(ScalarRange(start, family.end)) {
                    // The family name alone right before a title (`，桥本首相`, `对桥本首相的问候`).
                    result.append(Found(range: ScalarRange(start, family.end), rule: "japanese.before-title", priority: Priority.personBeforeTitle))
                } else if !afterTitle, left >= .clear, context.after[family.end] == .cue, !covered.overlaps(ScalarRange(start, family.end)) {
                    // The family name alone between a clear boundary and a cue verb (`桥本还表示`).
                    result.append(Found(range: ScalarRange(start, family.end), rule: "japanese.family-before-cue", priority: Priority.personBeforeCue))
                }
            }
        }
        return result
    }

    /// Whether the scalar at `position` may stand in a given name: Han, no stop, no function
    /// character (的, 在).
    private static func isGiven(_ position: Int, _ scan: ArticleScan) -> Bool {
        scan.scalars[position].isHan && !scan.hasMatch(.stop, startingAt: position)
            && !scan.hasMatch(.notGiven, startingAt: position)
    }
}
