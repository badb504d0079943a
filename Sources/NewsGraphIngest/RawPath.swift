#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file path as the bytes the file system stores, which need not be UTF-8 (names copied from
/// old Windows disks are often GBK), with a readable form for messages and article ids.
public struct RawPath: Sendable, Hashable {
    /// The exact bytes, without a terminating NUL.
    public var bytes: [UInt8]

    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    public init(_ text: String) {
        bytes = Array(text.utf8)
    }

    /// Whether the path is valid UTF-8.
    public var isUTF8: Bool { String(validating: bytes, as: UTF8.self) != nil }

    /// The path as text: names that are UTF-8 as they are; in a name that is not, every byte
    /// outside ASCII written `\xB1` (so `报纸.txt` in GBK shows as `\xB1\xA8\xD6\xBD.txt`).
    /// Control characters (a line break in a name) are written `\x0A` everywhere.
    public var display: String {
        let isControl: (UInt8) -> Bool = { $0 < 0x20 || $0 == 0x7F }
        if let text = String(validating: bytes, as: UTF8.self), !bytes.contains(where: isControl) { return text }
        let names = bytes.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).map { name -> String in
            let utf8 = String(validating: name, as: UTF8.self) != nil
            if utf8, !name.contains(where: isControl) { return String(decoding: name, as: UTF8.self) }
            var result = ""
            var plain: [UInt8] = []
            for byte in name {
                if isControl(byte) || (!utf8 && byte >= 0x80) {
                    result += String(decoding: plain, as: UTF8.self)
                    plain.removeAll()
                    result += "\\x" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16, uppercase: true)
                } else {
                    plain.append(byte)
                }
            }
            return result + String(decoding: plain, as: UTF8.self)
        }
        return names.joined(separator: "/")
    }

    /// This path with `name` appended after a `/`.
    public func appending(_ name: [UInt8]) -> RawPath {
        RawPath(bytes.last == UInt8(ascii: "/") ? bytes + name : bytes + [UInt8(ascii: "/")] + name)
    }

    /// Calls `body` with the path as a NUL-terminated C string.
    public func withCString<T>(_ body: (UnsafePointer<CChar>) -> T) -> T {
        let terminated = bytes + [0]
        return terminated.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                // A buffer of at least one element always has a base address.
                chars.baseAddress.map(body) ?? body("")
            }
        }
    }
}
