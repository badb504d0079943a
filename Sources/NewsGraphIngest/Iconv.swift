/// Conversion to UTF-8 through the C library's iconv (GB18030, which includes GBK and GB2312).
enum Iconv {
    /// The outcome of a conversion.
    struct Conversion {
        var text: String
        /// Input bytes that were not valid in the encoding and became U+FFFD.
        var replaced: Int
        /// Offset of the first of them.
        var firstReplaced: Int?
    }

    /// `bytes` converted from `encoding`. With `strict`, nil at the first invalid byte; else each
    /// invalid byte (and a truncated sequence at the end) becomes U+FFFD. Nil when the C library
    /// does not know `encoding`.
    /// - Complexity: O(n).
    static func decode(_ bytes: [UInt8], from encoding: String, strict: Bool) -> Conversion? {
        guard let stream = IconvStream(from: encoding),
              let converted = stream.convert(bytes[...], final: true, strict: strict) else { return nil }
        return Conversion(text: converted.text, replaced: converted.replaced, firstReplaced: converted.first)
    }
}
