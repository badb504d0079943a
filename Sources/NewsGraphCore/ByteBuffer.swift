/// A growable buffer of output bytes (JSON lines, TEI markup) appended in many small pieces.
///
/// An append is inlined at the call site as a capacity check, a uniqueness check and a copy
/// through a pointer: several times cheaper than `[UInt8].append` for the pieces of a few bytes
/// that output formats are made of. A value type: a copy gets its own bytes on its first append
/// (copy on write).
public struct ByteBuffer {
    /// Owns the memory. Count and capacity live in the buffer itself (a struct): stored
    /// properties of a class that change would be checked for exclusive access at every append.
    @usableFromInline
    final class Storage {
        @usableFromInline let base: UnsafeMutablePointer<UInt8>

        @usableFromInline
        init(capacity: Int) {
            base = .allocate(capacity: capacity)
        }

        deinit {
            base.deallocate()
        }
    }

    @usableFromInline var storage: Storage
    @usableFromInline var base: UnsafeMutablePointer<UInt8>
    @usableFromInline var used = 0
    @usableFromInline var capacity: Int

    /// An empty buffer with room for `capacity` bytes before it first grows.
    public init(capacity: Int = 0) {
        self.capacity = Swift.max(capacity, 16)
        storage = Storage(capacity: self.capacity)
        base = storage.base
    }

    /// The number of bytes appended.
    public var count: Int { used }

    /// The bytes appended, as an array.
    public var bytes: [UInt8] {
        Array(UnsafeBufferPointer(start: base, count: used))
    }

    /// Room for `count` more bytes, at the returned address; `commit` makes them part of the buffer.
    @inlinable @inline(__always)
    mutating func reserve(_ count: Int) -> UnsafeMutablePointer<UInt8> {
        if _slowPath(used + count > capacity || !isKnownUniquelyReferenced(&storage)) {
            grow(toHold: count)
        }
        return base + used
    }

    /// Adds `count` bytes written at the address `reserve` returned.
    @inlinable @inline(__always)
    mutating func commit(_ count: Int) {
        used += count
    }

    /// Moves the bytes to new memory, with room for `extra` more bytes (at least double the
    /// capacity, so that appends stay amortised O(1)).
    @usableFromInline
    mutating func grow(toHold extra: Int) {
        capacity = Swift.max(capacity * 2, used + extra)
        let grown = Storage(capacity: capacity)
        grown.base.update(from: base, count: used)
        storage = grown
        base = grown.base
    }

    /// Appends the ISO form of `date` (`PartialDate.iso`), without building a `String`.
    public mutating func appendISO(_ date: PartialDate) {
        let target = reserve(PartialDate.longestISO)
        commit(date.writeISO(to: target))
    }

    /// Appends one byte.
    @inlinable @inline(__always)
    public mutating func append(_ byte: UInt8) {
        reserve(1).pointee = byte
        commit(1)
    }

    /// Appends the UTF-8 of a literal (markup, punctuation).
    @inlinable @inline(__always)
    public mutating func append(_ text: StaticString) {
        let count = text.utf8CodeUnitCount
        let target = reserve(count)
        let source = text.utf8Start
        for offset in 0..<count { target[offset] = source[offset] }
        commit(count)
    }

    /// Appends bytes as they are.
    @inlinable
    public mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, bytes.count > 0 else { return }
        reserve(bytes.count).update(from: source, count: bytes.count)
        commit(bytes.count)
    }

    /// Appends the UTF-8 of `text`, as it is.
    @inlinable
    public mutating func append(contentsOf text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    /// Appends `value` in decimal (`-12`, `0`, `345`).
    @inlinable
    public mutating func appendDecimal(_ value: Int) {
        if value < 0 { append(UInt8(ascii: "-")) }
        var rest = value.magnitude
        var digits = 1
        var limit: UInt = 10
        // 20 digits hold any UInt; `limit` wraps only after the last comparison.
        while digits < 20, rest >= limit {
            digits += 1
            limit &*= 10
        }
        let target = reserve(digits)
        var position = digits
        repeat {
            position -= 1
            let (quotient, remainder) = rest.quotientAndRemainder(dividingBy: 10)
            target[position] = UInt8(truncatingIfNeeded: remainder) &+ UInt8(ascii: "0")
            rest = quotient
        } while position > 0
        commit(digits)
    }
}
