/// The credits of a byline written apart from the text: on a line of its own
/// (`记者 张三 通讯员 李四`, `县融媒体中心记者 温馨`), in the brackets of a lead
/// (`本报讯(记者 郝晓蕾 通讯员 段明)`), or closing the last paragraph after its last sentence
/// (`…鼓起来。本报记者 韩冬`). There a credit word (`titles*.tsv` flag `credit`), with the body
/// written before it if any, labels the reporters' names after it and holds no position, as the
/// seed gold takes it. Only names, credits and spaces may stand in the byline, and a space between
/// the credit and the name: a credit in running text (`记者了解到`) or written against the name in
/// brackets (`（记者马力）`, as CLUENER writes and tags it) is left to the title rules.
enum BylineCredits {
    /// Whether the title `start..<end` ends with a credit word of a byline, before a space.
    static func isCredit(from start: Int, to end: Int, _ scan: ArticleScan) -> Bool {
        guard end < scan.count, isSpace(scan.scalars[end]),
              scan.matches(.titleOffice, endingAt: end).contains(where: { $0.start >= start && scan.entry($0).flags.contains(.credit) })
        else { return false }
        var first = start
        while first > 0, !opensByline(scan.scalars[first - 1]) { first -= 1 }
        var last = end
        while last < scan.count, !closesByline(scan.scalars[last]) { last += 1 }
        guard scan.scalars[first..<last].allSatisfy({ $0.isHan || isSpace($0) }) else { return false }
        let opener: Unicode.Scalar = first > 0 ? scan.scalars[first - 1] : "\n"
        let closer: Unicode.Scalar = last < scan.count ? scan.scalars[last] : "\n"
        switch (opener, closer) {
        case ("\n", "\n"), ("(", ")"), ("（", "）"), ("(", "）"), ("（", ")"): return true
        default: return closer == "\n" && endsSentence(opener)
        }
    }

    private static func opensByline(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\n" || scalar == "(" || scalar == "（" || endsSentence(scalar)
    }

    private static func closesByline(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\n" || scalar == ")" || scalar == "）"
    }

    /// The marks that end a paragraph's last sentence before a closing byline (`。”本报记者 韩冬`).
    private static func endsSentence(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "。" || scalar == "！" || scalar == "？" || scalar == "!" || scalar == "?" || scalar == "”" || scalar == "\""
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\u{3000}"
    }
}
