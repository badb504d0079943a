import NewsGraphCore

/// Finds organisations and enterprises named by a suffix (`聚能科技有限公司`,
/// `中信机电供电公司`, `绛县中学`): a stem from a left boundary to an organisation suffix.
///
/// Government bodies built from scopes and organs (`县审计局`) come from `TitleRecognizer`.
struct OrganizationRecognizer {
    /// Organisation and enterprise candidates in `scan`.
    func candidates(in scan: ArticleScan) -> [Candidate] {
        var result: [Candidate] = []
        for match in scan.index.matches {
            let entry = scan.entry(match)
            let label: Label
            switch entry.role {
            case .orgSuffix: label = .org
            case .enterpriseSuffix: label = .enterprise
            default: continue
            }
            guard let start = scan.stemStart(endingAt: match.start, maximum: entry.maxStem, allowDigits: true, crossPlaces: true),
                  match.start - start >= entry.minStem,
                  hasHan(scan.scalars[start..<match.start]) else { continue }
            result.append(Candidate(
                range: ScalarRange(start, match.end), label: label,
                priority: label == .enterprise ? Priority.enterprise : Priority.suffixOrg,
                provenance: "rule:\(label == .enterprise ? "enterprise" : "org")-suffix(\(entry.provenance))"
            ))
        }
        return result
    }

    private func hasHan(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        scalars.contains { $0.isHan }
    }
}
