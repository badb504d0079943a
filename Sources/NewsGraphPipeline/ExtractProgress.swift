/// How far an extract run has come, for a progress line.
public struct ExtractProgress: Sendable {
    public var filesDone: Int
    public var filesTotal: Int
    public var bytesDone: Int
    public var bytesTotal: Int
    public var articles: Int
    /// Seconds since the run started.
    public var elapsed: Double

    /// Throughput so far in MB/s (10^6 bytes).
    public var megabytesPerSecond: Double {
        elapsed > 0 ? Double(bytesDone) / 1e6 / elapsed : 0
    }

    /// Estimated seconds left, when known.
    public var secondsLeft: Double? {
        guard bytesDone > 0, bytesTotal >= bytesDone else { return nil }
        return elapsed * Double(bytesTotal - bytesDone) / Double(bytesDone)
    }

    /// One line: `120/301 files, 35.2/100.0 MB, 11.3 MB/s, 40210 articles, ETA 6 s`.
    public var line: String {
        func fixed(_ value: Double) -> String { String((value * 10).rounded() / 10) }
        var text = "\(filesDone)/\(filesTotal) files, \(fixed(Double(bytesDone) / 1e6))/\(fixed(Double(bytesTotal) / 1e6)) MB, "
        text += "\(fixed(megabytesPerSecond)) MB/s, \(articles) articles"
        if let left = secondsLeft { text += ", ETA \(Int(left.rounded())) s" }
        return text
    }
}
