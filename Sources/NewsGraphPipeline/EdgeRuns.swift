#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NewsGraphCore
import NewsGraphExport

/// Sorted runs of edges spilled to disk when a run's graph outgrows its memory budget, and their
/// merge back into one sorted stream at the end.
///
/// The runs share one file, created in the output folder and unlinked at once, so it takes no
/// name and disappears with the process however that ends.
final class EdgeRuns {
    /// Where the file was created, for messages.
    let path: String
    private let descriptor: Int32
    /// Slot offset and length of each run.
    private var runs: [(start: Int, count: Int)] = []
    private var slotsWritten = 0

    /// Creates the (unlinked) file in `folder`.
    init(folder: String) throws(OutputFile.Failure) {
        path = "\(folder)/.graph.dot.edges-\(getpid())"
        descriptor = open(path, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw EdgeRuns.failure(path, "cannot create") }
        unlink(path)
    }

    deinit {
        close(descriptor)
    }

    /// Number of runs written.
    var count: Int { runs.count }

    /// Appends one run: `slots`, sorted by key.
    func append(_ slots: UnsafeMutableBufferPointer<EdgeTable.Slot>) throws(OutputFile.Failure) {
        let stride = MemoryLayout<EdgeTable.Slot>.stride
        var done = 0
        let bytes = UnsafeRawBufferPointer(slots)
        while done < bytes.count {
            let written = pwrite(descriptor, bytes.baseAddress! + done, bytes.count - done, off_t((slotsWritten * stride) + done))
            guard written > 0 else { throw EdgeRuns.failure(path, "cannot write") }
            done += written
        }
        runs.append((slotsWritten, slots.count))
        slotsWritten += slots.count
    }

    /// Merges the runs and `memory` (sorted by key, like each run once `rekey`ed) into one stream
    /// sorted by `rekey`ed key, and hands `body` each key with the sum of its edges.
    ///
    /// `rekey` must keep the order of every run: the keys of a run, sorted when it was written,
    /// are still sorted after `rekey`. Keys it gives nil are left out.
    /// - Throws: when the file cannot be read back, or what `body` throws.
    /// - Complexity: O(e · r) for e edges in r runs, reading `bufferSlots` slots per run at a time.
    func merge(
        memory: UnsafeMutableBufferPointer<EdgeTable.Slot>, rekey: (UInt64) -> UInt64?,
        _ body: (UInt64, CorpusGraph.Edge) throws(OutputFile.Failure) -> Void
    ) throws(OutputFile.Failure) {
        var cursors = runs.map { Cursor(run: $0, bufferSlots: EdgeRuns.bufferSlots) }
        for index in cursors.indices { try advance(&cursors[index], rekey: rekey) }
        var memoryIndex = 0
        while true {
            var least = memoryIndex < memory.count ? memory[memoryIndex].key : EdgeTable.vacant
            for cursor in cursors where cursor.current.key < least { least = cursor.current.key }
            guard least != EdgeTable.vacant else { return }
            var edge = CorpusGraph.Edge(sentences: 0, articles: 0)
            if memoryIndex < memory.count, memory[memoryIndex].key == least {
                edge.merge(memory[memoryIndex].edge)
                memoryIndex += 1
            }
            for index in cursors.indices where cursors[index].current.key == least {
                edge.merge(cursors[index].current.edge)
                try advance(&cursors[index], rekey: rekey)
            }
            try body(least, edge)
        }
    }

    private func advance(_ cursor: inout Cursor, rekey: (UInt64) -> UInt64?) throws(OutputFile.Failure) {
        guard cursor.advance(descriptor: descriptor, rekey: rekey) else { throw EdgeRuns.failure(path, "cannot read") }
    }

    /// Slots read from a run at a time.
    static let bufferSlots = 4096

    private static func failure(_ path: String, _ what: String) -> OutputFile.Failure {
        OutputFile.Failure(path: path, reason: "\(what) the graph's spilled edges: \(String(cString: strerror(errno)).lowercased())")
    }

    /// A read position in one run, with its current slot (`EdgeTable.vacant` key at the end).
    private struct Cursor {
        var current = EdgeTable.Slot(key: EdgeTable.vacant, edge: CorpusGraph.Edge(sentences: 0, articles: 0))
        private var next: Int
        private let end: Int
        private let bufferSlots: Int
        private var buffer: [EdgeTable.Slot] = []
        private var bufferIndex = 0

        init(run: (start: Int, count: Int), bufferSlots: Int) {
            next = run.start
            end = run.start + run.count
            self.bufferSlots = bufferSlots
        }

        /// Moves to the next slot whose key `rekey` keeps; false when the file cannot be read.
        mutating func advance(descriptor: Int32, rekey: (UInt64) -> UInt64?) -> Bool {
            while true {
                if bufferIndex == buffer.count {
                    guard next < end else {
                        current.key = EdgeTable.vacant
                        return true
                    }
                    guard fill(descriptor: descriptor) else {
                        current.key = EdgeTable.vacant
                        return false
                    }
                }
                let slot = buffer[bufferIndex]
                bufferIndex += 1
                if let key = rekey(slot.key) {
                    current = EdgeTable.Slot(key: key, edge: slot.edge)
                    return true
                }
            }
        }

        private mutating func fill(descriptor: Int32) -> Bool {
            let stride = MemoryLayout<EdgeTable.Slot>.stride
            let count = min(bufferSlots, end - next)
            buffer = Array(unsafeUninitializedCapacity: count) { slots, initialized in
                let bytes = UnsafeMutableRawBufferPointer(slots)
                var done = 0
                while done < count * stride {
                    let read = pread(descriptor, bytes.baseAddress! + done, count * stride - done, off_t(next * stride + done))
                    guard read > 0 else { break }
                    done += read
                }
                initialized = done / stride
            }
            guard buffer.count == count else { return false }
            next += count
            bufferIndex = 0
            return true
        }
    }
}
