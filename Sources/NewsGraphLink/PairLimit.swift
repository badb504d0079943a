/// How many co-occurrence partners one entity gets inside one window, so that run-on text
/// (OCR without punctuation, a 1 MB "sentence") costs linear, not quadratic, time and output.
///
/// Entities are taken in order of first appearance in the window; each is paired with the
/// next `limit` ones after it. A window naming at most `limit + 1` entities gets every pair,
/// exactly as without the limit; real sentences and articles stay far below it.
enum PairLimit {
    /// Partners per entity inside one sentence.
    static let sentence = 32
    /// Partners per entity inside one article (`--window article`).
    static let article = 128

    /// Calls `body(a, b)` for the pairs `a < b` of `0..<count` with `b - a <= limit`, in order.
    /// - Complexity: O(count · limit).
    static func forEachPair(count: Int, limit: Int, _ body: (Int, Int) -> Void) {
        for a in 0..<count {
            var b = a + 1
            while b < count, b - a <= limit {
                body(a, b)
                b += 1
            }
        }
    }
}
