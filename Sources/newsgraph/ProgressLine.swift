import Foundation
import NewsGraphPipeline

/// A progress line on a terminal's stderr, redrawn in place at most twice a second once a run
/// has taken two seconds; nothing when stderr is not a terminal.
final class ProgressLine: @unchecked Sendable {
    private var lastDraw = -1.0
    private var drawn = false

    /// A progress line when stderr is a terminal, else nil.
    static func standardErrorIfTerminal() -> ProgressLine? {
        isatty(2) != 0 ? ProgressLine() : nil
    }

    /// Redraws the line for `progress` when it is time to.
    func update(_ progress: ExtractProgress) {
        guard progress.elapsed >= 2, progress.elapsed - lastDraw >= 0.5 else { return }
        lastDraw = progress.elapsed
        drawn = true
        FileHandle.standardError.write(Data("\r\u{1B}[K newsgraph: \(progress.line)".utf8))
    }

    /// Removes the line.
    func clear() {
        guard drawn else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        drawn = false
    }
}
