/// The credits of a byline written on a line of its own (`记者 张三 通讯员 李四`, `本报记者 韩冬`):
/// there a credit word (`titles*.tsv` flag `credit`) labels the reporters' names after it and
/// holds no position, as the seed gold takes it. Only a line of names and credits qualifies: no
/// punctuation on it, and a space between the credit and the name. A credit in running text
/// (`记者了解到`) or in a lead's brackets (`（记者马力）`) is left to the title rules.
enum BylineCredits {
    /// Whether `start..<end` is exactly a credit word on a byline line, before a space.
    static func isCredit(from start: Int, to end: Int, _ scan: ArticleScan) -> Bool {
        guard end < scan.count, isSpace(scan.scalars[end]),
              scan.matches(.titleOffice, startingAt: start).contains(where: { $0.end == end && scan.entry($0).flags.contains(.credit) })
        else { return false }
        var lineStart = start
        while lineStart > 0, scan.scalars[lineStart - 1] != "\n" { lineStart -= 1 }
        var lineEnd = end
        while lineEnd < scan.count, scan.scalars[lineEnd] != "\n" { lineEnd += 1 }
        return scan.scalars[lineStart..<lineEnd].allSatisfy { $0.isHan || isSpace($0) }
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\u{3000}"
    }
}
