/// Splits bytes into lines at `\n`, `\r\n` and a lone `\r` (old Mac files), numbering them as
/// an editor does.
enum LineBreaks {
    /// Calls `body(number, range)` for every line, 1-based, without its line break. A final
    /// line without a break counts; an empty input has no lines.
    /// - Complexity: O(n).
    static func forEachLine(in bytes: [UInt8], _ body: (Int, Range<Int>) -> Void) {
        var number = 0
        var start = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") else {
                index += 1
                continue
            }
            number += 1
            body(number, start..<index)
            index += byte == UInt8(ascii: "\r") && index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\n") ? 2 : 1
            start = index
        }
        if start < bytes.count {
            body(number + 1, start..<bytes.count)
        }
    }
}
