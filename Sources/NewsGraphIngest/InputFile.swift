import NewsGraphCore

/// One file to read, found from the command line's inputs.
public struct InputFile: Sendable, Hashable {
    /// How the file's content is read.
    public enum Format: String, Sendable, Hashable {
        /// Plain text or Markdown: many articles, split at heading lines.
        case dump
        /// JSON Lines: one article record per line.
        case jsonLines
    }

    /// Path to open, as text (see `rawPath` for names that are not UTF-8).
    public var path: String
    /// The exact bytes of the path to open.
    public var rawPath: RawPath
    /// Path relative to the input root it was found under (the file name for a file given directly).
    public var relativePath: String
    public var format: Format
    /// A publication date found in the file or folder names, if any.
    public var nameDate: PartialDate?

    public init(path: String, relativePath: String, format: Format, nameDate: PartialDate?, rawPath: RawPath? = nil) {
        self.path = path
        self.rawPath = rawPath ?? RawPath(path)
        self.relativePath = relativePath
        self.format = format
        self.nameDate = nameDate
    }
}
