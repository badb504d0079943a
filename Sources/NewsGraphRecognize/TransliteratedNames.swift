import NewsGraphCore

/// Foreign names written in Chinese: runs of transliteration characters (`transliteration.tsv`).
///
/// A run joined to another by a middle dot is a name on its own (`科菲·安南`, `拉·甘地`), and so
/// is one joined by a single dash with a boundary on both sides (`约翰—格伦`); a run without a
/// dot needs a title or a word for what someone is right before (`总统克林顿`, `外援卡洛斯`), or
/// a cue verb right after and a clear boundary before
/// (`，萨默斯说`), or a list joining it to a name found so (`PersonRecognizer`). Three letters or
/// more need no boundary before a cue verb or a title, as the run itself ends where the letters
/// do (`祝贺布拉特先生`, `欢迎贝拉米总统`). A run right before a title is taken only when no place
/// or body covers it (`克林顿总统`, not `伊朗总统`). Two runs of three letters or more joined by a
/// list word confirm each other (`涅姆佐夫和赫里斯坚科`).
enum TransliteratedNames {
    /// A found name and the rule that found it.
    struct Found {
        var range: ScalarRange
        var rule: String
        var priority: Int
    }

    /// What one pass over an article finds.
    struct Result {
        /// Names confirmed by their own shape or context.
        var names: [Found] = []
        /// Runs with a boundary on both sides that nothing confirmed yet, in text order: a list
        /// may confirm them (`内塔尼亚胡和穆巴拉克`).
        var unconfirmed: [ScalarRange] = []

        /// The unconfirmed run that starts at `start`, if any.
        /// - Complexity: O(log r) for r unconfirmed runs.
        func unconfirmed(startingAt start: Int) -> ScalarRange? {
            let index = firstIndex { $0.start >= start }
            return index < unconfirmed.count && unconfirmed[index].start == start ? unconfirmed[index] : nil
        }

        /// The unconfirmed run that ends at `end`, if any.
        /// - Complexity: O(log r).
        func unconfirmed(endingAt end: Int) -> ScalarRange? {
            let index = firstIndex { $0.end >= end }
            return index < unconfirmed.count && unconfirmed[index].end == end ? unconfirmed[index] : nil
        }

        /// The first index of the (sorted, disjoint) runs where `reached` holds.
        private func firstIndex(where reached: (ScalarRange) -> Bool) -> Int {
            var low = 0
            var high = unconfirmed.count
            while low < high {
                let mid = (low + high) / 2
                if reached(unconfirmed[mid]) { high = mid } else { low = mid + 1 }
            }
            return low
        }
    }

    /// The transliterated names of `scan`.
    /// - Complexity: O(n): every scalar is looked at once or twice.
    static func names(in scan: ArticleScan, context: PersonContext, covered: CoveredPositions) -> Result {
        let table = scan.resources.transliterationCharacters
        func isLetter(_ position: Int) -> Bool { table[scan.scalars[position]] == true }
        func isDottedLetter(_ position: Int) -> Bool { table[scan.scalars[position]] != nil }
        /// The end of the segment from `start`, its number of runs and whether a dash joins two of
        /// them: runs of letters joined by single middle dots or dashes; a run ends where a cue or a
        /// title starts (`安南希望` is 安南 + 希望), or before a last letter that starts a word running
        /// past it (`梅德韦杰夫特意` is 梅德韦杰夫 + 特意).
        func segment(from start: Int, letter: (Int) -> Bool) -> (end: Int, runs: Int, dashed: Bool) {
            var end = start
            var runs = 0
            var dashed = false
            while end < scan.count, letter(end) {
                let runStart = end
                while end < scan.count, letter(end), end == runStart || context.after[end] < .cue { end += 1 }
                if end - runStart >= 3, startsWordPast(end - 1, end) { end -= 1 }
                runs += 1
                guard end + 1 < scan.count else { break }
                if isNameDot(scan.scalars[end]), letter(end + 1) {
                    end += 1
                } else if joinsByDash(end) {
                    dashed = true
                    end += 1
                } else {
                    break
                }
            }
            return (end, runs, dashed)
        }
        /// A single dash at `position` between two runs of two letters or more (`约翰—格伦`,
        /// `斯坦利-库布里克`; not `道—琼斯`).
        func joinsByDash(_ position: Int) -> Bool {
            position >= 2 && position + 2 < scan.count && isDash(scan.scalars[position])
                && isLetter(position - 2) && isLetter(position - 1) && isLetter(position + 1) && isLetter(position + 2)
        }
        /// A word of two characters or more starts at `position` and runs past `end`.
        func startsWordPast(_ position: Int, _ end: Int) -> Bool {
            scan.index.starting(at: position).contains { $0.end > end && $0.end - $0.start >= 2 }
        }
        /// Every role word that ends right before `position` is one of everyday local life (村民).
        func followsEverydayRole(_ position: Int) -> Bool {
            let roles = scan.matches(.personRole, endingAt: position)
            return !roles.isEmpty && roles.allSatisfy { scan.entry($0).flags.contains(.everyday) }
        }
        /// A list word joins a place or body to the list that starts at `start` and ends at `end`,
        /// or digits follow it (`巴黎、桑坦德、斯图加特`, `勒沃库森和沙尔克04`): a list of clubs or
        /// towns, not people.
        func listsPlaces(before start: Int, after end: Int) -> Bool {
            if end < scan.count, scan.scalars[end].isDigitLike { return true }
            for joiner in scan.matches(.joiner, endingAt: start) where joiner.start > 0
                && covered.overlaps(ScalarRange(joiner.start - 1, joiner.start)) { return true }
            for joiner in scan.matches(.joiner, startingAt: end) where joiner.end < scan.count
                && covered.overlaps(ScalarRange(joiner.end, joiner.end + 1)) { return true }
            return false
        }
        /// A run that no other candidate covers and that starts no not-name word.
        func isFree(_ range: ScalarRange) -> Bool {
            !covered.overlaps(range) && !scan.hasMatch(.notName, startingAt: range.start)
        }
        /// Before a cue (`，萨默斯说`): three letters or more after a clear boundary, or after
        /// anything when a cue verb (not 等) follows and the run is free (`向莫里森先生致意`); two
        /// letters only between a clear boundary and a cue verb (`，里德说`).
        func isBeforeCue(_ range: ScalarRange, left: PersonContext.Evidence) -> Bool {
            let verb = scan.hasMatch(.cueAfter, startingAt: range.end)
            switch range.count {
            // Two letters that are a word naming no one (连连 of 连连称赞) are that word.
            case 2: return left >= .clear && verb && !scan.matches(.notName, startingAt: range.start).contains { $0.end == range.end }
            case 3...8: return left >= .clear || (verb && isFree(range))
            default: return false
            }
        }
        /// A word of two characters or more starts inside `range` and runs past its end (毕业 of 班毕业).
        func endsInsideWord(_ range: ScalarRange) -> Bool {
            (range.start + 1..<range.end).contains { start in
                scan.index.starting(at: start).contains { $0.end > range.end }
            }
        }
        var result = Result()
        var position = 0
        while position < scan.count {
            guard isDottedLetter(position) else {
                position += 1
                continue
            }
            var start = position
            // Letters of dotted names only (得 of 彼得·皮奥) count when a dot joins two runs, and
            // not at an end that no boundary closes (理 of 总理, 当 of 当天).
            var (end, runs, dashed) = segment(from: start, letter: isDottedLetter)
            if runs < 2 {
                (end, runs, dashed) = segment(from: start, letter: isLetter)
                guard end > start else {
                    position += 1
                    continue
                }
                position = end
            } else {
                position = end
                while isDottedLetter(start), !isLetter(start), context.before[start] == .none { start += 1 }
                while isDottedLetter(end - 1), !isLetter(end - 1), context.after[end] == .none { end -= 1 }
                // A part left without letters is no name.
                guard !isNameDot(scan.scalars[start]), !isNameDot(scan.scalars[end - 1]), !isDash(scan.scalars[end - 1]) else { continue }
            }
            let range = ScalarRange(start, end)
            let left = context.before[start]
            let right = context.after[end]
            // A word of everyday local life introduces no foreign name (村民修路).
            let afterTitle = left == .title || context.afterRole[start] && !followsEverydayRole(start)
            // Two letters that open a cue word are that word (`总书记考察山西`).
            if range.count == 2, context.after[start] >= .cue { continue }
            if runs > 1 {
                // A dash joins names less surely than a dot (`佩诺—里加集团`): it needs a boundary
                // on both sides and a free run.
                if dashed, left == .none || right == .none || !isFree(range) { continue }
                if range.count >= 3 { result.names.append(Found(range: range, rule: "transliterated", priority: Priority.personAfterTitle)) }
            } else if afterTitle, (2...8).contains(range.count), right != .none || range.count >= 3 {
                result.names.append(Found(range: range, rule: "transliterated.after-title", priority: Priority.personAfterTitle))
            } else if afterTitle, range.count == 2, isFree(range), !endsInsideWord(range) {
                // Two letters after a title and before running text (`裁判雷东出示`), where no
                // word runs past them (班毕业); the odds' low priority yields to any Chinese
                // reading of the same start (潘维军 after 职工).
                result.names.append(Found(range: range, rule: "transliterated.after-title", priority: Priority.personByOdds))
            } else if right == .cue, isBeforeCue(range, left: left) {
                result.names.append(Found(range: range, rule: "transliterated.before-cue", priority: Priority.personBeforeCue))
            } else if right == .title, (3...8).contains(range.count), isFree(range) {
                result.names.append(Found(range: range, rule: "transliterated.before-title", priority: Priority.personBeforeTitle))
            } else if (3...8).contains(range.count), isFree(range), let previous = result.unconfirmed.last, previous.count >= 3,
                      scan.matches(.joiner, startingAt: previous.end).contains(where: { $0.end == start }),
                      !listsPlaces(before: previous.start, after: end) {
                // Two runs of three letters or more joined by a list word are two people
                // (`任命了涅姆佐夫和赫里斯坚科两名副总理`), the second with no boundary after it
                // needed (`约翰松和布拉特势均力敌`).
                result.unconfirmed.removeLast()
                result.names.append(Found(range: previous, rule: "transliterated.pair", priority: Priority.personInList))
                result.names.append(Found(range: range, rule: "transliterated.pair", priority: Priority.personInList))
            } else if left != .none, right != .none, (2...8).contains(range.count), isFree(range) {
                if let rule = BareForeignNames.rule(for: range, left: left, scan: scan) {
                    result.names.append(Found(range: range, rule: rule, priority: Priority.personByShape))
                } else {
                    result.unconfirmed.append(range)
                }
            }
        }
        return result
    }

    /// The dashes that may join the parts of a foreign name like a middle dot (`约翰—格伦`).
    private static func isDash(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "\u{2014}" || scalar == "\u{FF0D}"
    }

    /// The middle dots that join the parts of a foreign name (`·`, `•`, `・`).
    private static func isNameDot(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0xB7 || scalar.value == 0x2022 || scalar.value == 0x30FB
    }
}
