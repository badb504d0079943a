import NewsGraphCore
import NewsGraphExport
import NewsGraphIngest
import NewsGraphLink

/// Partial graph files on disk: written atomically, read back for `newsgraph merge`.
public enum PartialGraphFile {
    /// Writes `graph` to `path` (temporary name, then renamed).
    public static func write(_ graph: CorpusGraph, window: PartialGraphBuilder.Window, to path: String) throws(OutputFile.Failure) {
        let file = try OutputFile(path: path)
        do {
            try file.write(PartialGraphCodec.encode(graph, window: window))
            try file.commit()
        } catch {
            file.discard()
            throw error
        }
    }
}
