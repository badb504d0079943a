import NewsGraphCore

/// The national gazetteers a run loads when the command line names none: `gazetteers.tsv` of
/// the dictionaries folder, listing gazetteer files or folders (relative to that folder) and
/// the paper's own county.
///
/// ```
/// gazetteer	../../shared/gazetteers/nbs2023_counties.csv
/// county	绛县
/// ```
///
/// The files are not part of the project: a path that does not exist is passed over (the run
/// says so in one line), so a checkout without `../shared` still works.
public struct GazetteerConfig: Sendable, Equatable {
    /// Gazetteer files or folders, resolved against the dictionaries folder, in file order.
    public var paths: [String] = []
    /// The paper's own county (`绛县`), if the file names one.
    public var county: String?
    /// The file it was read from, as shown in messages (`Dictionaries/gazetteers.tsv`).
    public var source = ""

    public init() {}

    /// Reads the rows of `file`, resolving relative paths against `folder`.
    /// - Throws: `DictionaryError` for an unknown key, a missing value or a second county.
    init(_ file: DictionaryFile, folder: String) throws(DictionaryError) {
        source = file.displayName
        for row in file.rows {
            guard row.fields.count >= 2, !row.fields[1].isEmpty else {
                throw file.error(row, "expected two columns: gazetteer or county, and its value")
            }
            let value = row.fields[1]
            switch row.fields[0] {
            case "gazetteer":
                paths.append(value.hasPrefix("/") ? value : (folder.hasSuffix("/") ? folder : folder + "/") + value)
            case "county":
                guard county == nil else { throw file.error(row, "a second county (\(value)); name one") }
                county = value
            case let other:
                throw file.error(row, "unknown key \"\(other)\" (expected county, gazetteer)")
            }
        }
    }
}
