import NewsGraphCore

/// Lines of names separated by spaces, as lists of winners and members are printed
/// (`王明亮  李红  高峰  孙发展`). Every item must read as a name for the line to count, so a
/// spaced slogan (`创新 协调 绿色`) names no one; then even a common word (高峰), a function
/// surname (向海) or a given name that is a word (孙发展) is a name.
enum SpacedNameLines {
    /// The names of the lines of `scan` that consist of three or more items of two to four Han
    /// characters separated by spaces, each of which reads as a name (a surname of any class and
    /// known given characters).
    /// - Complexity: O(n) for n scalars, plus a few readings per item of such a line.
    static func names(in scan: ArticleScan) -> [NameReading] {
        let scalars = scan.scalars
        var result: [NameReading] = []
        var lineStart = 0
        while lineStart < scalars.count {
            var lineEnd = lineStart
            while lineEnd < scalars.count, scalars[lineEnd] != "\n" { lineEnd += 1 }
            result.append(contentsOf: names(from: lineStart, to: lineEnd, scan: scan))
            lineStart = lineEnd + 1
        }
        return result
    }

    /// The names of the line `start..<end`, or none when it is no line of names.
    private static func names(from start: Int, to end: Int, scan: ArticleScan) -> [NameReading] {
        let scalars = scan.scalars
        var items: [ScalarRange] = []
        var position = start
        while position < end {
            if scalars[position].isSpaceLike {
                position += 1
                continue
            }
            let itemStart = position
            while position < end, scalars[position].isHan { position += 1 }
            // Anything but Han characters and spaces makes the line no list of names.
            guard (2...4).contains(position - itemStart), position == end || scalars[position].isSpaceLike else { return [] }
            items.append(ScalarRange(itemStart, position))
        }
        guard items.count >= 3 else { return [] }
        var names: [NameReading] = []
        for item in items {
            guard let name = NameReading.readings(at: item.start, in: scan, wholeWords: true, stemWordGiven: true).first(where: {
                $0.range.end == item.end && $0.surnameFrequency >= .rare && $0.givenFrequency >= .rare
            }) else { return [] }
            names.append(name)
        }
        return names
    }
}
