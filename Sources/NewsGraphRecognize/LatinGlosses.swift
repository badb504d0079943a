import NewsGraphCore

/// A name's spelling in Latin letters, given in brackets right after it (`韦尔奇（stuartcarywelch）`,
/// `彼德•贝格(PeterBerg)`): the same person, named a second time.
///
/// The brackets hold nothing but letters (spaces, dots, dashes and underscores may join them),
/// five letters at least and one of them lower case, so that a short code or an acronym
/// (`（CEO）`, `（ovs）`) is no gloss.
enum LatinGlosses {
    /// The fewest letters a gloss has.
    static let minimumLetters = 5
    /// The most scalars a gloss has (`（bjorgolfurgudmundsson）` has 21).
    static let maximumLength = 40

    /// The glosses that follow the names of `persons` in `scan`, as persons found by the rule
    /// `latin.gloss`, with the priority of the name they follow (`persons` in text order: where
    /// two end at the same place, the first one's).
    /// - Complexity: O(p + g) for p persons and g scalars inside their glosses.
    static func glosses(after persons: [Candidate], in scan: ArticleScan) -> [Candidate] {
        persons.compactMap { person in
            glossRange(after: person.range.end, in: scan).map {
                Candidate(range: $0, label: .person, priority: person.priority, provenance: "rule:person.latin.gloss")
            }
        }
    }

    /// The range of the gloss in the brackets that open at `position`, or nil when none does.
    private static func glossRange(after position: Int, in scan: ArticleScan) -> ScalarRange? {
        guard position < scan.count, scan.scalars[position].isOpeningBracket else { return nil }
        let start = position + 1
        var end = start
        var letters = 0
        var lowercase = false
        while end < scan.count, !scan.scalars[end].isClosingBracket {
            guard end - start < maximumLength else { return nil }
            let value = scan.scalars[end].value
            switch value {
            case 0x61...0x7A:
                letters += 1
                lowercase = true
            case 0x41...0x5A:
                letters += 1
            case 0x20, 0x2D, 0x2E, 0x5F:
                // A joiner between letters, never the first or last of the gloss.
                guard end > start else { return nil }
            default:
                return nil
            }
            end += 1
        }
        guard end < scan.count, letters >= minimumLetters, lowercase, scan.scalars[end - 1].isASCIILetter else { return nil }
        return ScalarRange(start, end)
    }
}
