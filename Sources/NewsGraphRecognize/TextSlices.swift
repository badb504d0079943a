import NewsGraphCore

/// The text of scalar ranges cut out of a string's UTF-8 bytes: one forward walk over the bytes
/// for ranges in increasing order, without decoding the scalars of the whole text.
enum TextSlices {
    /// The text at each of `ranges` (scalar offsets into `text`), in the order given.
    /// - Complexity: O(n + r) for n bytes and r ranges when the ranges come in increasing order;
    ///   a range before the one before it walks again from the start.
    static func strings(of ranges: [ScalarRange], in text: String) -> [String] {
        if let strings = text.utf8.withContiguousStorageIfAvailable({ strings(of: ranges, in: $0) }) { return strings }
        let scalars = text.scalarArray
        return ranges.map { scalars.string($0) }
    }

    private static func strings(of ranges: [ScalarRange], in bytes: UnsafeBufferPointer<UInt8>) -> [String] {
        var cursor = Cursor(bytes: bytes)
        var result: [String] = []
        result.reserveCapacity(ranges.count)
        for range in ranges {
            let start = cursor.byteOffset(of: range.start)
            let end = cursor.byteOffset(of: range.end)
            result.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<max(start, end)]), as: UTF8.self))
        }
        return result
    }

    /// A position in UTF-8 bytes (of a valid Swift string) that moves forward scalar by scalar.
    private struct Cursor {
        let bytes: UnsafeBufferPointer<UInt8>
        /// The scalar that starts at `byte`.
        var scalar = 0
        var byte = 0

        /// Where scalar `target` starts (the end of the bytes past the last one).
        mutating func byteOffset(of target: Int) -> Int {
            if target < scalar { (scalar, byte) = (0, 0) }
            while scalar < target && byte < bytes.count {
                // A scalar's first byte gives its length: one step per scalar, not per byte.
                byte += Self.length(leading: bytes[byte])
                scalar += 1
            }
            return min(byte, bytes.count)
        }

        /// The bytes of the scalar whose first byte is `leading`.
        @inline(__always)
        private static func length(leading: UInt8) -> Int {
            leading < 0x80 ? 1 : leading < 0xE0 ? 2 : leading < 0xF0 ? 3 : 4
        }
    }
}
