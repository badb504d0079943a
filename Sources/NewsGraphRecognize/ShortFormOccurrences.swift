import NewsGraphCore

/// Names found again by a shorter form in the same article: a company's short form
/// (`CompanyShortNames`), a sight without its area suffix (`SightShortNames`), a village of one
/// character named again after its town (`ShortVillageChains`).
enum ShortFormOccurrences {
    /// A candidate for every place where one of `forms` stands in `scalars`, except where a
    /// chosen mention of the same label or of at least `priority` spans exactly that text
    /// already (a name read by its shape alone yields: `金谷源负责人`); longer or stronger
    /// mentions over it win by the overlap policy.
    /// - Complexity: O(n·f) for f forms.
    static func candidates(
        of forms: [[Unicode.Scalar]], in scalars: [Unicode.Scalar], chosen: [Candidate],
        label: Label, priority: Int, provenance: String
    ) -> [Candidate] {
        guard !forms.isEmpty else { return [] }
        let taken = Set(chosen.filter { $0.label == label || $0.priority >= priority }.map(\.range))
        var result: [Candidate] = []
        for form in forms {
            for range in scalars.occurrences(of: form) where !taken.contains(range) {
                result.append(Candidate(range: range, label: label, priority: priority, provenance: provenance))
            }
        }
        return result
    }
}
