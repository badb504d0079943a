/// How the official names of the national gazetteers become the forms news text writes.
///
/// Villages are listed by their committees (`新庄村委会`, `新庄村民委员会`, `多福巷社区居委会`):
/// news writes `新庄村`, `多福巷社区`. Towns keep `镇`, `乡`, `街道`, `苏木` (`…街道办事处` is
/// `…街道`). Counties, cities and provinces are matched by their full names only; the bare
/// stems of cities and provinces (`运城`, `山西`) come with `Dictionaries/places_china.tsv`, and
/// counties have none (too many of their stems are common words: `延长县`, `富民县`, `和平区`).
enum GazetteerName {
    /// The mention form of a village or town name, as the first `length` scalars of `name`
    /// followed by `suffix`; nil when it has none worth matching (not all Han, or another kind
    /// of unit such as `…生活区`, `…连队`), or when its stem is shorter than two characters.
    static func mentionForm(_ name: [Unicode.Scalar], level: Gazetteer.Level) -> (length: Int, suffix: [Unicode.Scalar])? {
        guard name.allSatisfy(\.isHan) else { return nil }
        let length: Int
        let suffix: [Unicode.Scalar]
        let suffixLength: Int
        switch level {
        case .village:
            if let base = strippedLength(name, name.count, villageCommittees) {
                let hasOwn = hasSuffix(name, base, village)
                (length, suffix, suffixLength) = (base, hasOwn ? [] : village, 1)
            } else if let base = strippedLength(name, name.count, residentCommittees) {
                let hasOwn = hasSuffix(name, base, community)
                (length, suffix, suffixLength) = (base, hasOwn ? [] : community, 2)
            } else if let form = villageForms.first(where: { hasSuffix(name, name.count, $0) }) {
                (length, suffix, suffixLength) = (name.count, [], form.count)
            } else {
                return nil
            }
        case .town:
            let base = strippedLength(name, name.count, [office]) ?? name.count
            guard let form = townForms.first(where: { hasSuffix(name, base, $0) }) else { return nil }
            (length, suffix, suffixLength) = (base, [], form.count)
        case .province, .city, .county:
            return nil
        }
        return length + suffix.count - suffixLength >= 2 ? (length, suffix) : nil
    }

    /// The one character of a village whose mention form is that character and `村` (`乔村` of
    /// `乔村村委会`, `梁村` of `梁村委会`): too short for `mentionForm`, such villages are kept
    /// apart (`Gazetteer.appendShortVillage`).
    static func shortVillageStem(_ name: [Unicode.Scalar]) -> Unicode.Scalar? {
        guard name.allSatisfy(\.isHan), let base = strippedLength(name, name.count, villageCommittees) else { return nil }
        let formLength = hasSuffix(name, base, village) ? base : base + 1
        return formLength == 2 ? name[0] : nil
    }

    /// Whether a division's name is a common word of news text (`城区` of 晋城市, `郊区`, `矿区`):
    /// such a district is no place where the word stands alone (组织城区学校).
    static func isCommonWord(_ name: [Unicode.Scalar]) -> Bool {
        commonWordNames.contains(name)
    }

    private static let commonWordNames = ["城区", "郊区", "矿区"].map(scalars)

    /// Whether a county-level name is a placeholder of the code system (`市辖区`, `县`).
    static func isPlaceholder(_ name: [Unicode.Scalar]) -> Bool {
        name.count < 2 || name == scalars("市辖区") || hasSuffix(name, name.count, scalars("直辖县级行政区划"))
    }

    // MARK: Suffix tables

    private static let village = scalars("村")
    private static let community = scalars("社区")
    private static let office = scalars("办事处")
    /// Longest first, so `村民委员会` is stripped whole.
    private static let villageCommittees = ["村民委员会", "村民委会", "村委会", "村委"].map(scalars)
    private static let residentCommittees = [
        "社区居民委员会", "社区居委会", "社区委员会", "居民委员会", "社区居委", "居委会",
    ].map(scalars)
    private static let villageForms = ["社区", "嘎查", "村"].map(scalars)
    private static let townForms = ["街道", "苏木", "镇", "乡"].map(scalars)

    private static func scalars(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

    /// Whether the first `length` scalars of `name` end with `suffix`.
    private static func hasSuffix(_ name: [Unicode.Scalar], _ length: Int, _ suffix: [Unicode.Scalar]) -> Bool {
        guard length >= suffix.count else { return false }
        var index = length - suffix.count
        for scalar in suffix {
            if name[index] != scalar { return false }
            index += 1
        }
        return true
    }

    /// The length of the first `length` scalars of `name` without the first of `suffixes` they
    /// end with, if any.
    private static func strippedLength(_ name: [Unicode.Scalar], _ length: Int, _ suffixes: [[Unicode.Scalar]]) -> Int? {
        for suffix in suffixes where hasSuffix(name, length, suffix) {
            return length - suffix.count
        }
        return nil
    }
}
