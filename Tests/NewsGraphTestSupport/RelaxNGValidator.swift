import CLibXML2
import Foundation

/// Validates XML against a RELAX NG schema in process with libxml2, compiling the schema once.
///
/// `tei_all.rng` takes libxml2 about 13 s to compile; share one validator per test run.
public final class RelaxNGValidator: @unchecked Sendable {
    private let schema: xmlRelaxNGPtr
    private let lock = NSLock()

    /// Compiles the schema at `path`; nil when it does not compile.
    public init?(schemaPath: String) {
        xmlInitParser()
        guard let parserContext = xmlRelaxNGNewParserCtxt(schemaPath) else { return nil }
        defer { xmlRelaxNGFreeParserCtxt(parserContext) }
        guard let schema = xmlRelaxNGParse(parserContext) else { return nil }
        self.schema = schema
    }

    deinit {
        xmlRelaxNGFree(schema)
    }

    /// The validation errors of the XML `bytes` (empty when valid).
    public func errors(in bytes: [UInt8]) -> [String] {
        lock.lock()
        defer { lock.unlock() }
        let collector = ErrorCollector()
        let context = Unmanaged.passRetained(collector)
        defer { context.release() }
        guard let document = bytes.withUnsafeBufferPointer({ buffer in
            buffer.withMemoryRebound(to: CChar.self) { xmlReadMemory($0.baseAddress, Int32($0.count), "document.xml", "UTF-8", 0) }
        }) else {
            return ["not well-formed XML"]
        }
        defer { xmlFreeDoc(document) }
        guard let validation = xmlRelaxNGNewValidCtxt(schema) else { return ["cannot create a validation context"] }
        defer { xmlRelaxNGFreeValidCtxt(validation) }
        xmlRelaxNGSetValidStructuredErrors(validation, { context, error in
            guard let context, let error else { return }
            let collector = Unmanaged<ErrorCollector>.fromOpaque(context).takeUnretainedValue()
            let message = error.pointee.message.map { String(cString: $0) } ?? "error"
            collector.messages.append("line \(error.pointee.line): \(message.trimmingCharacters(in: .whitespacesAndNewlines))")
        }, context.toOpaque())
        let result = xmlRelaxNGValidateDoc(validation, document)
        if result != 0 && collector.messages.isEmpty { collector.messages.append("invalid (code \(result))") }
        return collector.messages
    }

    /// The validator for TEI P5 `tei_all.rng` from `../shared/schemas`, compiled on first use.
    public static let tei: RelaxNGValidator? = {
        guard let shared = TestPaths.shared else { return nil }
        return RelaxNGValidator(schemaPath: shared + "/schemas/tei/tei_all.rng")
    }()
}

private final class ErrorCollector {
    var messages: [String] = []
}
