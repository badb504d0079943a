import NewsGraphCore

/// Names written in Latin letters inside Chinese text (`执行制作人BenBell`, `Svensson表示`): a
/// run of letters (digits may follow the first two letters, as in online handles) with at least
/// one lower-case letter, so that acronyms (`CEO`, `GDP`, `CCTV`) never read as names.
///
/// Such a run is a name right after a title (`编剧CoreyMay丝毫不掩饰`), or after a word for what
/// someone is and before a boundary, or with a clear boundary before and a cue verb right after
/// (not 等: `bet365等公司`).
enum LatinNames {
    /// The Latin-script names of `scan`, as (range, rule) pairs.
    /// - Complexity: O(n): every scalar is looked at once.
    static func names(in scan: ArticleScan, context: PersonContext) -> [(range: ScalarRange, rule: String)] {
        var result: [(range: ScalarRange, rule: String)] = []
        var position = 0
        while position < scan.count {
            guard scan.scalars[position].isASCIILetter else {
                position += 1
                continue
            }
            let start = position
            var letters = 0
            var lowercase = false
            while position < scan.count {
                let scalar = scan.scalars[position]
                if scalar.isASCIILetter {
                    letters += 1
                    if scalar.value >= 0x61 { lowercase = true }
                } else if !(letters >= 2 && isDigit(scalar)) {
                    break
                }
                position += 1
            }
            // A run glued to a digit or a letter-like scalar before it is part of a longer token.
            guard letters >= 2, lowercase, position - start <= 20, start == 0 || !isDigit(scan.scalars[start - 1]) else { continue }
            let range = ScalarRange(start, position)
            let left = context.before[start]
            let right = context.after[position]
            // The run ends where its letters do, so a title before it needs no boundary after it
            // (`编剧CoreyMay丝毫不掩饰`); a word for what someone is does.
            if left == .title || (context.afterRole[start] && right != .none) {
                result.append((range, "latin.after-title"))
            } else if left >= .clear, scan.hasMatch(.cueAfter, startingAt: position) {
                result.append((range, "latin.before-cue"))
            }
        }
        return result
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        (0x30...0x39).contains(scalar.value)
    }
}
