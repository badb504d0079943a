import NewsGraphCore

/// Finds a publication date in a file or folder name: `2022-12-05.txt`, `20221205/`,
/// `jx_2022_12_05.md`.
public enum NameDate {
    /// The date in the last path component that has one, searching from the file name upwards.
    /// - Complexity: O(n) in the path length.
    public static func find(inPath path: String) -> PartialDate? {
        for component in path.split(separator: "/").reversed() {
            if let date = find(inName: Array(component.utf8)) { return date }
        }
        return nil
    }

    /// The first valid date written as 8 digits, or as year, month and day joined by `-`, `_` or `.`,
    /// that is not part of a longer digit run.
    static func find(inName bytes: [UInt8]) -> PartialDate? {
        func isDigit(_ i: Int) -> Bool { i >= 0 && i < bytes.count && (48...57).contains(bytes[i]) }
        func number(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= bytes.count else { return nil }
            var value = 0
            for i in from..<from + count {
                guard isDigit(i) else { return nil }
                value = value * 10 + Int(bytes[i] - 48)
            }
            return value
        }
        var i = 0
        while i < bytes.count {
            guard isDigit(i), !isDigit(i - 1) else { i += 1; continue }
            if let year = number(i, 4), (1900...2099).contains(year) {
                if let month = number(i + 4, 2), let day = number(i + 6, 2), !isDigit(i + 8) {
                    let date = PartialDate(year: year, month: month, day: day)
                    if date.isValid { return date }
                }
                let separators: Set<UInt8> = [UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: ".")]
                if i + 4 < bytes.count, separators.contains(bytes[i + 4]),
                   let month = number(i + 5, 2), i + 7 < bytes.count, bytes[i + 7] == bytes[i + 4],
                   let day = number(i + 8, 2), !isDigit(i + 10) {
                    let date = PartialDate(year: year, month: month, day: day)
                    if date.isValid { return date }
                }
            }
            i += 1
        }
        return nil
    }
}
