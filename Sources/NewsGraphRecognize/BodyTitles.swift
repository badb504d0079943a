import NewsGraphCore

/// A title written right after a county's own body is one title with it, as the title grammar
/// makes `县审计局局长` of the bodies it lists: `县文化馆馆长`, `县人民医院党委书记` for bodies
/// found by suffix or by name. The body is the county's, a town's or a village's, written with
/// its level first (县, 区, 镇, 乡, 村: a county's or a district's paper's way; 市 in the paper of a
/// county-level city, `--county 永济市`), with a town's name
/// (`枫林镇中心小学校长`), with the paper's own county's name (`绛县人民医院院长`,
/// `万荣中学校长` in a 万荣县 paper), or with another county's name and level
/// (`陵川县人民医院党委书记`); both corpora of national news split other bodies from the
/// title (`[国家发改委][主任]`, `[北京大学][校长]`). The body must stand right against the
/// title, and the holder must be named: right after the title (`县文化馆馆长李红霞`), also after
/// more titles joined by 、 (`县人民医院党委书记、院长冯建军`), before an appointment word right
/// before the body (`现任县人民医院副院长`) or before a chain of titles that the body continues
/// (`任命吕文斌为县人民法院审判员、大交人民法庭庭长`), before the brackets the body opens
/// (`吕国华(县应急管理局执法大队大队长)`), or before it and spaces in the row of a list that
/// the title ends (`王丽娜 县人民医院护理部主任`). A company's office stays its own title
/// (`聚能科技有限公司董事长`), and so does a calling (`县第二中学` + `教师`).
enum BodyTitles {
    /// `chosen` (non-overlapping, in text order, over `scalars`) with each local body + title +
    /// person run's body and title made one title; `home` is the paper's own county.
    /// - Complexity: O(m) in the number of chosen candidates.
    static func merged(_ chosen: [Candidate], scalars: [Unicode.Scalar], home: HomeCountyName?) -> [Candidate] {
        var result: [Candidate] = []
        result.reserveCapacity(chosen.count)
        var index = 0
        while index < chosen.count {
            let body = chosen[index]
            if body.label == .org, index + 1 < chosen.count, isLocal(body.range, scalars, home: home) {
                let title = chosen[index + 1]
                if title.label == .title, !title.isCalling, title.range.start == body.range.end,
                   heldByPerson(chain: index + 1, chosen, scalars) || followsAppointment(body.range, scalars)
                    || followsAppointedChain(index, chosen, scalars) || followsHolderInBrackets(index, chosen, scalars)
                    || followsHolderInRow(index, title: title.range, chosen, scalars) {
                    result.append(Candidate(
                        range: ScalarRange(body.range.start, title.range.end), label: .title, priority: title.priority,
                        provenance: "rule:title.of-body(\(body.provenance)+\(title.provenance))"
                    ))
                    index += 2
                    continue
                }
            }
            result.append(body)
            index += 1
        }
        return result
    }

    /// Whether the title `chosen[first]` is followed by its holder: right after it, or after
    /// more titles joined by 、 (`县人民医院党委书记、院长冯建军`).
    private static func heldByPerson(chain first: Int, _ chosen: [Candidate], _ scalars: [Unicode.Scalar]) -> Bool {
        var last = first
        while last + 1 < chosen.count {
            let next = chosen[last + 1]
            let end = chosen[last].range.end
            if next.label == .person { return next.range.start == end }
            guard next.label == .title, next.range.start == end + 1, scalars[end] == "、" else { return false }
            last += 1
        }
        return false
    }

    /// Whether the body `chosen[index]` and its title fill the row of a list after its holder's
    /// name and spaces (`王丽娜 县人民医院护理部主任`): the title ends the line.
    private static func followsHolderInRow(_ index: Int, title: ScalarRange, _ chosen: [Candidate], _ scalars: [Unicode.Scalar]) -> Bool {
        guard index > 0, chosen[index - 1].label == .person, title.end == scalars.count || scalars[title.end] == "\n" else { return false }
        let gap = chosen[index - 1].range.end..<chosen[index].range.start
        return !gap.isEmpty && gap.allSatisfy { scalars[$0] == " " || scalars[$0] == "\u{3000}" }
    }

    /// Whether an appointment word ends right before the body (`现任县人民医院副院长`,
    /// `拟任县中医医院院长`, `任命张明为县人民医院院长`): the holder is named before it.
    private static func followsAppointment(_ range: ScalarRange, _ scalars: [Unicode.Scalar]) -> Bool {
        range.start > 0 && PersonContext.appointmentScalars.contains(scalars[range.start - 1])
    }

    /// Whether the body `chosen[index]` continues, after 、, a chain of titles that an appointment
    /// word opens (`任命吕文斌为县人民法院审判员、大交人民法庭庭长`): the holder is named before it.
    private static func followsAppointedChain(_ index: Int, _ chosen: [Candidate], _ scalars: [Unicode.Scalar]) -> Bool {
        var next = chosen[index].range.start
        var previous = index - 1
        while previous >= 0, chosen[previous].label == .title, next > 0, scalars[next - 1] == "、",
              chosen[previous].range.end == next - 1 {
            if followsAppointment(chosen[previous].range, scalars) { return true }
            next = chosen[previous].range.start
            previous -= 1
        }
        return false
    }

    /// Whether the body `chosen[index]` opens the brackets right after a person's name, where a
    /// list of honours writes the post (`吕国华(县应急管理局执法大队大队长)`); a calling of
    /// `titles_hanlp.tsv` after the body is the person's work there, no post (`李春燕(绛县中学教师)`).
    private static func followsHolderInBrackets(_ index: Int, _ chosen: [Candidate], _ scalars: [Unicode.Scalar]) -> Bool {
        let start = chosen[index].range.start
        guard index > 0, start > 0, scalars[start - 1] == "(" || scalars[start - 1] == "（",
              !chosen[index + 1].provenance.contains("titles_hanlp.tsv") else { return false }
        return chosen[index - 1].label == .person && chosen[index - 1].range.end == start - 1
    }

    /// Whether a body is a county's, a district's, a town's or a village's: written with its level
    /// first (县人民医院, 区人民医院), with a town's name (枫林镇中心小学, 东泉镇中心卫生院), with
    /// the paper's own county's name and two characters of its own at least (绛县中学), or a
    /// town's people's tribunal (安峪人民法庭).
    private static func isLocal(_ range: ScalarRange, _ scalars: [Unicode.Scalar], home: HomeCountyName?) -> Bool {
        if localLevels.contains(scalars[range.start]) { return true }
        // In a county-level city's paper (--county 永济市) the city is the county (市人民医院).
        if scalars[range.start] == "市", home?.full.last == "市" { return true }
        // A people's tribunal is a county court's branch in a town, named with the town's bare
        // name (安峪人民法庭, 大交人民法庭): local whatever the name.
        if scalars[range.start..<range.end].reversed().starts(with: tribunal.reversed()), range.count > tribunal.count { return true }
        if let home, case let length = home.length(at: range.start, in: scalars), length > 0, range.count >= length + 2 {
            return true
        }
        // Another county's body, named with the county's name and level (陵川县人民医院, 吉县中学).
        if let level = (range.start + 1...range.start + 3).first(where: { $0 + 2 < range.end && scalars[$0] == "县" }),
           (range.start..<level).allSatisfy({ scalars[$0].isHan && !localLevels.contains(scalars[$0]) }) {
            return true
        }
        // A town's name of two or three characters and its level, then the unit's own name (not
        // a city's: 新乡市).
        let levelEnd = min(range.start + 4, range.end - 2)
        guard range.start + 2 < levelEnd else { return false }
        return (range.start + 2..<levelEnd).contains { townLevels.contains(scalars[$0]) && !cityLevels.contains(scalars[$0 + 1]) }
    }

    /// A people's tribunal (人民法庭).
    private static let tribunal = Array("人民法庭".unicodeScalars)

    /// The levels of towns, written after their names.
    private static let townLevels: ScalarSet = ["镇", "乡"]

    /// The levels of cities and counties, which a town's level character may begin (新乡 + 市).
    private static let cityLevels: ScalarSet = ["市", "县", "区"]

    /// The levels a county's or a district's own bodies are written with.
    private static let localLevels: ScalarSet = ["县", "区", "镇", "乡", "村"]
}
