extension DumpSplitter {
    /// Splits a dump into articles as its text arrives, chunk by chunk: finished articles can be
    /// taken while the rest of the file is still being read, and no article grows beyond
    /// `maximumBytes` (a longer one is cut into parts, as `bounded` does, with one note).
    public struct Stream {
        /// The longest article kept whole, in UTF-8 bytes.
        public let maximumBytes: Int
        /// Text after the last line break seen.
        private var partialLine = ""
        /// The line being read was so long that its first parts are already paragraphs.
        private var longLine = false
        /// The previous chunk ended with `\r`, so a `\n` starting this one ends no new line.
        private var afterCarriageReturn = false
        private var lineNumber = 0
        private var current: Piece?
        private var currentBytes = 0
        /// Parts already emitted of the article being read (it was cut when this is above 0).
        private var emittedParts = 0
        private var ready = ReadyQueue<Piece>()
        /// One note per article that was cut.
        public private(set) var lengthNotes: [LengthNote] = []

        public init(maximumBytes: Int = DumpSplitter.maximumArticleBytes) {
            self.maximumBytes = maximumBytes
        }

        /// Feeds the next chunk of the dump's text.
        /// - Complexity: O(n) in the chunk.
        public mutating func add(_ text: String) {
            var text = text
            text.makeContiguousUTF8()
            let native = text
            let skipsLineFeed = afterCarriageReturn
            afterCarriageReturn = false
            // Line breaks are ASCII, so their byte offsets cut the text on scalar boundaries:
            // the bytes are scanned in place, and only whole lines are taken from the text.
            let added: Void? = native.utf8.withContiguousStorageIfAvailable { bytes in
                addLines(of: native, bytes: bytes, skipsLineFeed: skipsLineFeed)
            }
            if added == nil {
                Array(native.utf8).withUnsafeBufferPointer { addLines(of: native, bytes: $0, skipsLineFeed: skipsLineFeed) }
            }
            if partialLine.utf8.count > maximumBytes, longLine || !mayBeHeading(partialLine) {
                takeLongLineParts()
            }
        }

        /// The lines of `text`, whose UTF-8 bytes are `bytes`; the text after the last line
        /// break goes to `partialLine`.
        private mutating func addLines(of text: String, bytes: UnsafeBufferPointer<UInt8>, skipsLineFeed: Bool) {
            let lineFeed = UInt8(ascii: "\n")
            let carriageReturn = UInt8(ascii: "\r")
            let utf8 = text.utf8
            func textIndex(_ offset: Int) -> String.Index {
                utf8.index(utf8.startIndex, offsetBy: offset)
            }
            var start = 0
            var index = 0
            if skipsLineFeed, !bytes.isEmpty, bytes[0] == lineFeed {
                start = 1
                index = 1
            }
            while index < bytes.count {
                if index + 8 <= bytes.count, !Self.mayHaveLineBreak(at: index, in: bytes) {
                    index += 8
                    continue
                }
                let byte = bytes[index]
                guard byte <= carriageReturn, byte == lineFeed || byte == carriageReturn else {
                    index += 1
                    continue
                }
                let range = textIndex(start)..<textIndex(index)
                if partialLine.isEmpty && !longLine {
                    line(text[range].unicodeScalars)
                } else {
                    partialLine += text[range]
                    endPartialLine()
                }
                var next = index + 1
                if byte == carriageReturn {
                    if next == bytes.count {
                        afterCarriageReturn = true
                    } else if bytes[next] == lineFeed {
                        next += 1
                    }
                }
                index = next
                start = next
            }
            partialLine += text[textIndex(start)...]
        }

        /// Whether one of the eight bytes from `offset` is at most `\r` (so may be a line break):
        /// exact, as a byte's subtraction borrows from the next only when it is that small itself.
        private static func mayHaveLineBreak(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            let word = UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + offset).loadUnaligned(as: UInt64.self))
            let ones: UInt64 = 0x0101_0101_0101_0101
            return (word &- ones &* 0x0E) & ~word & 0x8080_8080_8080_8080 != 0
        }

        /// Ends the dump: the last line and the last article.
        public mutating func finish() {
            if !partialLine.isEmpty || longLine { endPartialLine() }
            closeArticle()
        }

        /// A line longer than an article: its parts that are already decided become paragraphs
        /// now (cut where `chunks(of:)` would cut the whole line), so memory stays bounded.
        private mutating func takeLongLineParts() {
            if !longLine {
                lineNumber += 1
                longLine = true
                if current == nil { current = Piece(title: nil, line: lineNumber, paragraphs: []) }
                partialLine = String(Substring(partialLine.unicodeScalars.drop { $0.isSpaceLike }))
            }
            // White space at the end may be the line's last (trimmed when it ends): keep it out
            // of the parts decided now.
            var core = partialLine.unicodeScalars[...]
            while let last = core.last, last.isSpaceLike { core.removeLast() }
            let tail = partialLine.unicodeScalars[core.endIndex...]
            let parts = DumpSplitter.chunks(of: String(Substring(core)), maximumBytes: maximumBytes)
            for part in parts.dropLast() { append(part) }
            partialLine = (parts.last ?? "") + String(Substring(tail))
        }

        /// Whether a line may be a heading, which is read whole (a headline is never cut); a
        /// heading line longer than `headingLimit` articles is taken for text after all.
        private func mayBeHeading(_ line: String) -> Bool {
            guard line.utf8.count <= maximumBytes * Self.headingLimit else { return false }
            let text = line.unicodeScalars.drop { $0.isSpaceLike }
            return text.first == "#"
        }

        /// How many times the article limit a heading line may grow before it is cut as text.
        static let headingLimit = 16

        /// The line break after the text in `partialLine`.
        private mutating func endPartialLine() {
            let whole = partialLine
            partialLine = ""
            if longLine {
                longLine = false
                // Only the line's end is trimmed here: its start was trimmed when it began.
                var rest = whole.unicodeScalars[...]
                while let last = rest.last, last.isSpaceLike { rest.removeLast() }
                for part in DumpSplitter.chunks(of: String(Substring(rest)), maximumBytes: maximumBytes)
                where !part.isEmpty {
                    append(part)
                }
            } else {
                line(whole.unicodeScalars[...])
            }
        }

        /// The next finished article, if any.
        public mutating func next() -> Piece? {
            ready.next()
        }

        private mutating func line(_ line: Substring.UnicodeScalarView) {
            lineNumber += 1
            let trimmed = DumpSplitter.trim(line)
            if let headline = DumpSplitter.headline(of: trimmed) {
                closeArticle()
                current = Piece(title: headline, line: lineNumber, paragraphs: [])
                return
            }
            guard !trimmed.isEmpty else { return }
            if current == nil { current = Piece(title: nil, line: lineNumber, paragraphs: []) }
            let paragraph = String(Substring(trimmed))
            guard paragraph.utf8.count > maximumBytes else {
                append(paragraph)
                return
            }
            for chunk in DumpSplitter.chunks(of: paragraph, maximumBytes: maximumBytes) {
                append(chunk)
            }
        }

        /// Adds a paragraph of at most `maximumBytes`, first emitting the part so far when the
        /// article would grow beyond it.
        private mutating func append(_ paragraph: String) {
            let length = paragraph.utf8.count
            if currentBytes + length > maximumBytes, let part = current, !part.paragraphs.isEmpty {
                ready.append(part)
                emittedParts += 1
                current = Piece(title: part.title, line: part.line, paragraphs: [])
                currentBytes = 0
            }
            current?.paragraphs.append(paragraph)
            currentBytes += length
        }

        private mutating func closeArticle() {
            defer {
                current = nil
                currentBytes = 0
                emittedParts = 0
            }
            guard let piece = current else { return }
            let keep = !piece.paragraphs.isEmpty || !(piece.title ?? "").isEmpty
            if keep { ready.append(piece) }
            if emittedParts > 0 {
                lengthNotes.append(LengthNote(line: piece.line, parts: emittedParts + 1))
            }
        }
    }
}
