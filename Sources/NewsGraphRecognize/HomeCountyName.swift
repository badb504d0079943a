/// The paper's own county (`--county`) and the bare name news writes for it.
///
/// County papers name their county without its level again and again (`信丰脐橙`,
/// `推动信丰高质量发展`), often in articles that never write it in full. The bare name is the full name without
/// `县`, `市`, `区` or `旗` (`信丰` of `信丰县`), and for an autonomous county its first two
/// characters (`丰宁` of `丰宁满族自治县`). There is none when it would be shorter than two
/// characters (`绛` of `绛县`) or is a common word of the lists (`和平` of `和平县`); the full
/// name still names the county's own bodies (`绛县人民医院`).
public struct HomeCountyName: Sendable {
    /// The full name, as the gazetteers list it.
    public let full: [Unicode.Scalar]
    /// The bare name, if it can stand alone.
    public let bare: [Unicode.Scalar]?

    /// The names of the county `name`, or nil when it is no county's name (no level at its end).
    init?(_ name: String, in resources: RecognitionResources) {
        let full = Array(name.unicodeScalars)
        let levels: ScalarSet = ["县", "市", "区", "旗"]
        guard let last = full.last, levels.contains(last) else { return nil }
        let isAutonomous = name.contains("自治")
        let bare = isAutonomous ? Array(full.prefix(2)) : Array(full.dropLast())
        let bareName = String(String.UnicodeScalarView(bare))
        let commonWordRoles: [LexRole] = [.word, .notPlace, .notName]
        let standsAlone = bare.count >= CountyShortNames.shortestStem && bare.allSatisfy(\.isHan)
            && commonWordRoles.allSatisfy { resources.entries(of: bareName, role: $0).isEmpty }
        self.full = full
        self.bare = standsAlone ? bare : nil
    }

    /// The length of the county's name that `scalars` start with at `start`: its full name,
    /// or its bare name if that can stand alone; 0 when they start with neither.
    func length(at start: Int, in scalars: [Unicode.Scalar]) -> Int {
        let text = scalars[start...]
        if text.starts(with: full) { return full.count }
        if let bare, text.starts(with: bare) { return bare.count }
        return 0
    }
}
