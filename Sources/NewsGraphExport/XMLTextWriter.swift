internal import CLibXML2
import NewsGraphCore

/// One libxml2 `xmlTextWriter` writing into memory: the only code that touches libxml2.
///
/// The C pointers stay inside this class and are freed in `deinit`. One instance per document
/// or fragment; instances on different threads are independent (`xmlInitParser` runs once).
final class XMLTextWriter {
    private let sink = ByteSink()
    private let writer: xmlTextWriterPtr
    /// Whether any libxml2 call failed.
    private(set) var failed = false

    private static let initialised: Bool = {
        xmlInitParser()
        return true
    }()

    /// A writer with two-space indentation, or nil when libxml2 cannot create one.
    init?() {
        _ = Self.initialised
        let context = Unmanaged.passUnretained(sink).toOpaque()
        guard let output = xmlOutputBufferCreateIO(ByteSink.write, ByteSink.close, context, nil),
              let writer = xmlNewTextWriter(output) else { return nil }
        self.writer = writer
        check(xmlTextWriterSetIndent(writer, 1))
        check(xmlTextWriterSetIndentString(writer, "  "))
    }

    deinit {
        xmlFreeTextWriter(writer)
    }

    /// The XML declaration.
    func startDocument() {
        check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil))
    }

    /// Closes every open element and ends the document.
    func endDocument() {
        check(xmlTextWriterEndDocument(writer))
    }

    /// Opens an element; attributes are written in sorted order (deterministic bytes).
    func start(_ name: String, _ attributes: XMLAttributes = [:]) {
        check(xmlTextWriterStartElement(writer, name))
        for (key, value) in attributes.pairs {
            check(xmlTextWriterWriteAttribute(writer, key, XMLText.safe(value)))
        }
    }

    /// Closes the innermost open element.
    func end() {
        check(xmlTextWriterEndElement(writer))
    }

    /// A whole element with text content (empty when `content` is nil or empty).
    func element(_ name: String, _ content: String?, _ attributes: XMLAttributes = [:]) {
        start(name, attributes)
        if let content, !content.isEmpty { text(content) }
        end()
    }

    /// Escaped character data.
    func text(_ content: String) {
        guard !content.isEmpty else { return }
        check(xmlTextWriterWriteString(writer, XMLText.safe(content)))
    }

    /// The bytes written since the last call.
    func take() -> [UInt8] {
        xmlTextWriterFlush(writer)
        return sink.take()
    }

    private func check(_ result: Int32) {
        if result < 0 { failed = true }
    }
}

/// Receives libxml2's output bytes through its I/O callbacks.
private final class ByteSink {
    private var bytes: [UInt8] = []

    func take() -> [UInt8] {
        defer { bytes.removeAll(keepingCapacity: true) }
        return bytes
    }

    static let write: xmlOutputWriteCallback = { context, buffer, length in
        guard let context, let buffer, length > 0 else { return length }
        let sink = Unmanaged<ByteSink>.fromOpaque(context).takeUnretainedValue()
        buffer.withMemoryRebound(to: UInt8.self, capacity: Int(length)) {
            sink.bytes.append(contentsOf: UnsafeBufferPointer(start: $0, count: Int(length)))
        }
        return length
    }

    static let close: xmlOutputCloseCallback = { _ in 0 }
}
