import NewsGraphCore
import NewsGraphIngest
import NewsGraphRecognize

extension DictionarySet {
    /// Loads national gazetteers (`--gazetteer PATH`, repeatable) into the recognition resources.
    ///
    /// A path is a gazetteer CSV file (`../shared/gazetteers/nbs2021_villages.csv`) or a folder,
    /// of which every `.csv` file with a gazetteer header is read, in name order (other files are
    /// passed over). `county` names the paper's own county (`绛县`), whose towns and villages win
    /// ties.
    /// - Throws: `DictionaryError` for an unreadable path, a file that is not a gazetteer, a
    ///   malformed line, or a county the files do not list.
    public mutating func loadGazetteers(_ paths: [String], county: String?) throws(DictionaryError) -> GazetteerSummary {
        try loadGazetteers(paths, county: county, requireCounty: true)
    }

    /// What loading the configured gazetteers (`gazetteers.tsv`) did.
    public struct DefaultGazetteers: Sendable {
        /// What the files gave; nil when none of them exists.
        public var summary: GazetteerSummary?
        /// The configured paths that do not exist, passed over.
        public var missing: [String]

        public init(summary: GazetteerSummary?, missing: [String]) {
            self.summary = summary
            self.missing = missing
        }
    }

    /// Loads the gazetteers that `gazetteers.tsv` lists and that exist, with `county` (else the
    /// configured one) as the paper's own county. A configured county that the files do not
    /// list is passed over; one given as `county` must be found.
    /// - Throws: `DictionaryError` as `loadGazetteers(_:county:)`, and when `county` is given
    ///   but no configured file exists.
    public mutating func loadDefaultGazetteers(county: String?) throws(DictionaryError) -> DefaultGazetteers {
        let present = defaultGazetteers.paths.filter(FileSystem.exists)
        let missing = defaultGazetteers.paths.filter { !FileSystem.exists($0) }
        guard !present.isEmpty else {
            if county != nil {
                throw DictionaryError(file: "--county", line: nil, message: "needs the national gazetteers (--gazetteer PATH)")
            }
            return DefaultGazetteers(summary: nil, missing: missing)
        }
        let summary = try loadGazetteers(
            present, county: county ?? defaultGazetteers.county, requireCounty: county != nil
        )
        return DefaultGazetteers(summary: summary, missing: missing)
    }

    private mutating func loadGazetteers(_ paths: [String], county: String?, requireCounty: Bool) throws(DictionaryError) -> GazetteerSummary {
        var files: [GazetteerFile] = []
        for path in paths {
            if FileSystem.isDirectory(path) {
                guard let names = FileSystem.entries(of: path) else {
                    throw DictionaryError(file: path, line: nil, message: "cannot read folder")
                }
                for name in names where name.hasSuffix(".csv") {
                    let file = try Self.readGazetteer(path.hasSuffix("/") ? path + name : path + "/" + name)
                    if let header = file.bytes.split(separator: UInt8(ascii: "\n"), maxSplits: 1).first,
                       GazetteerFile.isGazetteerHeader(String(decoding: header, as: UTF8.self)) {
                        files.append(file)
                    }
                }
            } else {
                files.append(try Self.readGazetteer(path))
            }
        }
        if county != nil, files.isEmpty {
            throw DictionaryError(file: "--county", line: nil, message: "needs the national gazetteers (--gazetteer PATH)")
        }
        gazetteers = files.map(\.displayName)
        return try recognition.loadGazetteers(files, homeCounty: county, requireHomeCounty: requireCounty)
    }

    private static func readGazetteer(_ path: String) throws(DictionaryError) -> GazetteerFile {
        do {
            return GazetteerFile(displayName: path, bytes: try FileReader.read(path))
        } catch {
            throw DictionaryError(file: path, line: nil, message: "cannot read: \(error)")
        }
    }
}
