import NewsGraphCore

/// The head of a person's profile, as notices of appointment and candidacy print it: a name at
/// the start of a line or sentence, then the sex between commas (`王明亮，男，汉族，1972年8月生`,
/// `常明，女，1980年5月生`). The sex confirms the name whatever its shape: a whole word (高峰), a
/// function surname (向海) or a given name that is a word (李建设).
enum ProfileHeads {
    /// The names that head profiles in `scan`.
    /// - Complexity: O(n) for n scalars, plus at most three readings at each 男 or 女 between
    ///   commas.
    static func names(in scan: ArticleScan, context: PersonContext) -> [NameReading] {
        let scalars = scan.scalars
        var result: [NameReading] = []
        // Compared, not hashed: every scalar of the article is looked at.
        for sex in 1..<max(1, scalars.count - 1) where scalars[sex] == "男" || scalars[sex] == "女" {
            guard isComma(scalars[sex - 1]), isComma(scalars[sex + 1]) else { continue }
            let end = sex - 1
            for length in 2...4 where end - length >= 0 {
                let start = end - length
                guard context.before[start] >= .clear, start == 0 || !scalars[start - 1].isNameScalar else { continue }
                let name = NameReading.readings(at: start, in: scan, wholeWords: true, stemWordGiven: true).first {
                    $0.range.end == end && $0.surnameFrequency >= .rare && $0.givenFrequency >= .rare
                }
                if let name {
                    result.append(name)
                    break
                }
            }
        }
        return result
    }

    private static func isComma(_ scalar: Unicode.Scalar) -> Bool { scalar == "，" || scalar == "," }
}
