import NewsGraphCore

/// The items of a list that ends with 等 and the kind of place they are
/// (`与大东庄、杨林头、富家沟等7个村`, `运城、侯马等地`): villages and towns written short, not
/// names, however name-like they read (杨林头).
enum PlaceListItems {
    /// Whether the item that ends at `end` is followed by `、` or 等 and, through items of at
    /// most `longestItem` characters, by 等, an optional count and a kind of place.
    /// - Complexity: O(k) for the k characters up to the list's end, at most 8 items.
    static func endsPlaceItem(at end: Int, in scalars: [Unicode.Scalar]) -> Bool {
        guard end < scalars.count, scalars[end] == "、" || scalars[end] == "等" else { return false }
        var position = end
        var itemLength = 0
        var items = 0
        while position < scalars.count, scalars[position] != "等" {
            let scalar = scalars[position]
            if scalar == "、" {
                guard itemLength > 0 || position == end, items < Self.mostItems else { return false }
                items += 1
                itemLength = 0
            } else {
                itemLength += 1
                guard scalar.isHan, itemLength <= longestItem else { return false }
            }
            position += 1
        }
        guard position < scalars.count, itemLength > 0 || position == end else { return false }
        position += 1
        let countStart = position
        while position < scalars.count, scalars[position].isDigitLike || countCharacters.contains(scalars[position]) {
            position += 1
        }
        guard position < scalars.count else { return false }
        let kind = scalars[position]
        let next: Unicode.Scalar = position + 1 < scalars.count ? scalars[position + 1] : "\n"
        // 等地 needs no count (`运城、侯马等地`); a village or a county does, as 等村干部 and
        // 等县领导 close lists of names.
        if kind == "地" { return next != "方" && next != "位" }
        guard position > countStart, !peopleAfterKind.contains(next) else { return false }
        return placeKinds.contains(kind) || (kind == "社" && next == "区") || (kind == "街" && next == "道")
            || (kind == "自" && next == "然") || (kind == "行" && next == "政")
    }

    /// The longest item the list may hold: a village written short, or a name.
    private static let longestItem = 5
    /// The most items after the one at hand.
    private static let mostItems = 8
    /// Characters of a count before the kind (`7个`, `十余个`, `几`).
    private static let countCharacters: ScalarSet = ["个", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "两", "几", "余", "多"]
    /// Characters after a kind of place that make it the people of the place (村干部, 县领导).
    private static let peopleAfterKind: ScalarSet = ["干", "民", "领", "党", "委", "级", "两", "长"]
    /// The kinds of place a list of short names ends with.
    private static let placeKinds: ScalarSet = ["村", "乡", "镇", "县"]
}
