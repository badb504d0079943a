extension String {
    /// The Unicode scalars of the string as an array, decoded straight from its UTF-8 bytes.
    ///
    /// Equal to `Array(unicodeScalars)`, without the generic iteration (about a third of its
    /// cost): one pass counts the scalars, a second decodes them into storage of that size.
    /// - Complexity: O(n) for n UTF-8 bytes.
    public var scalarArray: [Unicode.Scalar] {
        if let decoded = utf8.withContiguousStorageIfAvailable(Self.decodeScalars) { return decoded }
        return Array(unicodeScalars)
    }

    /// Decodes well-formed UTF-8 (a `String`'s bytes are always well-formed).
    private static func decodeScalars(_ bytes: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar] {
        let count = bytes.count - continuationBytes(bytes)
        return [Unicode.Scalar](unsafeUninitializedCapacity: count) { buffer, initialized in
            var index = 0
            var filled = 0
            while index < bytes.count {
                let lead = UInt32(bytes[index])
                let value: UInt32
                if lead < 0x80 {
                    value = lead
                    index += 1
                } else if lead < 0xE0 {
                    value = (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                    index += 2
                } else if lead < 0xF0 {
                    value = (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                    index &+= 3
                } else {
                    value = (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                        | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
                    index += 4
                }
                // Well-formed UTF-8 decodes to valid scalars only.
                buffer[filled] = unsafeBitCast(value, to: Unicode.Scalar.self)
                filled &+= 1
            }
            initialized = filled
        }
    }

    /// The number of UTF-8 continuation bytes (`10xxxxxx`), eight bytes at a time: a byte
    /// continues a sequence when its top bit is set and the bit below it is not. Each byte lane
    /// of `lanes` counts its continuation bytes, summed across the lanes before one can overflow.
    private static func continuationBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        let ones: UInt64 = 0x0101_0101_0101_0101
        var count = 0
        var offset = 0
        while offset + 8 <= bytes.count {
            var lanes: UInt64 = 0
            var words = 0
            while words < 255, offset + 8 <= bytes.count {
                let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                lanes &+= (word & ~(word << 1)) >> 7 & ones
                offset += 8
                words += 1
            }
            count += Int(truncatingIfNeeded: (lanes &* ones) >> 56)
        }
        while offset < bytes.count {
            if bytes[offset] & 0xC0 == 0x80 { count += 1 }
            offset += 1
        }
        return count
    }
}
