/// The credits of a byline written apart from the text: on a line of its own
/// (`记者 张三 通讯员 李四`, `本报记者 韩冬`) or in the brackets of a lead
/// (`本报讯(记者 郝晓蕾 通讯员 段明)`). There a credit word (`titles*.tsv` flag `credit`) labels
/// the reporters' names after it and holds no position, as the seed gold takes it. Only names,
/// credits and spaces may stand in the line or the brackets, and a space between the credit and
/// the name: a credit in running text (`记者了解到`) or written against the name in brackets
/// (`（记者马力）`, as CLUENER writes and tags it) is left to the title rules.
enum BylineCredits {
    /// Whether `start..<end` is exactly a credit word of a byline, before a space.
    static func isCredit(from start: Int, to end: Int, _ scan: ArticleScan) -> Bool {
        guard end < scan.count, isSpace(scan.scalars[end]),
              scan.matches(.titleOffice, startingAt: start).contains(where: { $0.end == end && scan.entry($0).flags.contains(.credit) })
        else { return false }
        var first = start
        while first > 0, !closesBefore(scan.scalars[first - 1]) { first -= 1 }
        var last = end
        while last < scan.count, !closesAfter(scan.scalars[last]) { last += 1 }
        // Brackets on one side only are no bracketed byline.
        let openedByBracket = first > 0 && scan.scalars[first - 1] != "\n"
        let closedByBracket = last < scan.count && scan.scalars[last] != "\n"
        guard openedByBracket == closedByBracket else { return false }
        return scan.scalars[first..<last].allSatisfy { $0.isHan || isSpace($0) }
    }

    private static func closesBefore(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\n" || scalar == "(" || scalar == "（"
    }

    private static func closesAfter(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\n" || scalar == ")" || scalar == "）"
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\u{3000}"
    }
}
