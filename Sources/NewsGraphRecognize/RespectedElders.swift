import NewsGraphCore

/// `rule:person.elder`: a surname and 老, the way an elder is named with respect (`胡老说`,
/// `，吕老，您好`): the surname alone is the person, as People's Daily marks it.
///
/// The pair must stand on its own: punctuation or the text's start before the surname, and a
/// cue verb or punctuation right after 老, so that words with 老 (老板, 老汉, 古老, 老鼠) and
/// names that go on (王老五) stay out. The surname is a regular or common one and no function
/// surname (于老 of 对于老人), and no other candidate covers it.
enum RespectedElders {
    /// The surnames of `scan` so named.
    /// - Complexity: O(n) for n scalars; a few lookups where 老 follows a character.
    static func surnames(in scan: ArticleScan, context: PersonContext, covered: CoveredPositions) -> [ScalarRange] {
        var result: [ScalarRange] = []
        let scalars = scan.scalars
        for start in 0..<max(0, scan.count - 1) where scalars[start + 1] == "老" {
            guard start == 0 || !scalars[start - 1].isNameScalar else { continue }
            guard start + 2 == scan.count || !scalars[start + 2].isNameScalar || context.after[start + 2] >= .cue else { continue }
            let surname = scan.matches(.surname, startingAt: start).first { $0.end == start + 1 }
            guard let surname, NameReading.surnameFrequency(surname, in: scan) >= .regular,
                  !scan.index.starting(at: start).contains(where: { scan.role($0) == .functionSurname && $0.end == start + 1 }) else { continue }
            let range = ScalarRange(start, start + 1)
            if !covered.overlaps(range) { result.append(range) }
        }
        return result
    }
}
