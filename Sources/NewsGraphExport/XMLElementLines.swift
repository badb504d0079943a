/// Empty XML elements (`<relation a="…" b="…"/>`), one per line, built as bytes and handed to
/// libxml2 as one block: for long lists, such as a relation per pair of entities, where a
/// libxml2 call per attribute would cost more than the rest of the article.
struct XMLElementLines {
    private(set) var bytes: [UInt8] = []
    /// A line break and the indentation of the elements.
    private let lineStart: [UInt8]

    /// Lines for elements nested `depth` levels deep (two spaces a level).
    init(depth: Int) {
        lineStart = [UInt8(ascii: "\n")] + [UInt8](repeating: UInt8(ascii: " "), count: 2 * depth)
    }

    /// Adds `<name key="value" …/>`; attributes are written in the order given (sorted by name
    /// at the call site, as libxml2's writer gets them elsewhere).
    mutating func add(_ name: StaticString, _ attributes: KeyValuePairs<StaticString, String>) {
        bytes.append(contentsOf: lineStart)
        bytes.append(UInt8(ascii: "<"))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        for (key, value) in attributes {
            bytes.append(UInt8(ascii: " "))
            key.withUTF8Buffer { bytes.append(contentsOf: $0) }
            bytes.append(contentsOf: [UInt8(ascii: "="), UInt8(ascii: "\"")])
            appendEscaped(value)
            bytes.append(UInt8(ascii: "\""))
        }
        bytes.append(contentsOf: [UInt8(ascii: "/"), UInt8(ascii: ">")])
    }

    /// An attribute value with markup characters as entities and forbidden characters as U+FFFD.
    private mutating func appendEscaped(_ value: String) {
        // Ids, dates and rule names, as a rule: nothing to escape, copied whole.
        let plain = !value.utf8.contains { byte in
            byte < 0x20 || byte == 0xEF || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<")
                || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\"")
        }
        guard !plain else {
            bytes.append(contentsOf: value.utf8)
            return
        }
        XMLText.appendEscaped(XMLText.safe(value).utf8, to: &bytes, inAttribute: true)
    }
}
