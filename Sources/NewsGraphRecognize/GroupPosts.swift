import NewsGraphCore

/// The posts of a group: a local post (书记, 主任, 委员, 村长) written after a group (`全县村党组织书记`,
/// `150名村党组织书记`, `各乡镇党委书记`, `优秀村党组织书记`) or of the party organisations as a
/// class (`村党组织书记是…`) is the posts of many, no one's title: it stays only next to a person
/// (`TitleConfirmation`). Callings after a group stay titles (`一些专家`, `1000名士兵`), as both
/// corpora tag them.
enum GroupPosts {
    /// Whether the title at `range` is a local post written after a group, perhaps over the party
    /// organ and the generic level of the posts.
    static func isGroupsPost(_ range: ScalarRange, _ scalars: [Unicode.Scalar]) -> Bool {
        guard localPosts.contains(where: { range.count >= $0.count && scalars[range.end - $0.count..<range.end].elementsEqual($0) })
        else { return false }
        return namesAGroup(range.start, scalars)
    }

    /// The local posts that a group holds many of.
    private static let localPosts = ["书记", "主任", "委员", "村长"].map { Array($0.unicodeScalars) }

    /// Whether a group is written before `start`, perhaps over the party organ and the generic
    /// level of the posts.
    private static func namesAGroup(_ start: Int, _ scalars: [Unicode.Scalar]) -> Bool {
        func ends(_ word: [Unicode.Scalar], at end: Int) -> Bool { end >= word.count && scalars[end - word.count..<end].elementsEqual(word) }
        // The posts of the party organisations (村党组织书记) are a class: a village's own is its
        // 党支部's (涑水源村党支部书记).
        if ends(partyOrganisation, at: start) { return true }
        var end = start
        if let organ = partyOrgans.first(where: { ends($0, at: end) }) { end -= organ.count }
        if let level = genericLevels.first(where: { ends($0, at: end) }) { end -= level.count }
        if groupWords.contains(where: { ends($0, at: end) }) { return true }
        // A count of them (150名, 80余名, 200多名).
        guard end >= 2, scalars[end - 1] == "名" else { return false }
        let number = scalars[end - 2] == "余" || scalars[end - 2] == "多" ? end - 3 : end - 2
        return number >= 0 && scalars[number].isDigitLike
    }

    /// The party organisations of a kind, whose posts are a class (村党组织书记).
    private static let partyOrganisation = Array("党组织".unicodeScalars)

    /// The party organs of the posts of a group (乡镇党委书记), left when the longer title is
    /// dropped.
    private static let partyOrgans = ["党委", "党支部"].map { Array($0.unicodeScalars) }

    /// Levels written before the posts of a group (各[乡镇]党委书记, 全县[村(社区)]党组织书记).
    private static let genericLevels = ["村(社区)", "村（社区）", "乡镇", "村级", "基层", "村"].map { Array($0.unicodeScalars) }

    /// Words that make what follows a group (全县, 各, 优秀, 一些).
    private static let groupWords = ["全县", "全市", "全镇", "全乡", "各级", "各", "优秀", "一些", "部分", "广大", "所有", "全体"]
        .map { Array($0.unicodeScalars) }
}
