/// Splits bytes into lines as they arrive in chunks, at `\n`, `\r\n` and a lone `\r`, numbering
/// them as an editor does (the same lines as `LineBreaks.forEachLine` over the whole input).
struct LineStream {
    private var pending: [UInt8] = []
    private var lineNumber = 0
    /// The previous chunk ended with `\r`: a `\n` opening the next one belongs to it.
    private var afterCarriageReturn = false
    private var complete = ReadyQueue<(Int, [UInt8])>()
    private var ended = false

    /// Adds the next chunk.
    /// - Complexity: O(n) in the chunk.
    mutating func add(_ chunk: ArraySlice<UInt8>) {
        var index = chunk.startIndex
        if afterCarriageReturn, index < chunk.endIndex, chunk[index] == UInt8(ascii: "\n") { index += 1 }
        afterCarriageReturn = false
        var start = index
        while index < chunk.endIndex {
            let byte = chunk[index]
            guard byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") else {
                index += 1
                continue
            }
            var line = pending
            line.append(contentsOf: chunk[start..<index])
            pending.removeAll(keepingCapacity: true)
            lineNumber += 1
            complete.append((lineNumber, line))
            index += 1
            if byte == UInt8(ascii: "\r") {
                if index == chunk.endIndex {
                    afterCarriageReturn = true
                } else if chunk[index] == UInt8(ascii: "\n") {
                    index += 1
                }
            }
            start = index
        }
        pending.append(contentsOf: chunk[start..<chunk.endIndex])
    }

    /// Ends the input: a last line without a break counts.
    mutating func finish() {
        guard !ended else { return }
        ended = true
        if !pending.isEmpty {
            lineNumber += 1
            complete.append((lineNumber, pending))
            pending.removeAll()
        }
    }

    /// The next complete line and its 1-based number.
    mutating func next() -> (Int, [UInt8])? {
        complete.next()
    }
}
