import NewsGraphCore

/// A national gazetteer file as read from disk: `nbs2023_counties.csv`, `nbs2021_villages.csv`,
/// `jiangxian_140826.csv` …
public struct GazetteerFile: Sendable {
    /// The path as shown in messages; its last component is the provenance (`nbs2023_towns.csv:12`).
    public var displayName: String
    public var bytes: [UInt8]

    public init(displayName: String, bytes: [UInt8]) {
        self.displayName = displayName
        self.bytes = bytes
    }

    /// Whether `header` (the first line) is the header of a gazetteer this loader reads.
    public static func isGazetteerHeader(_ header: some StringProtocol) -> Bool {
        Format(header: header) != nil
    }

    /// The two layouts: NBS `code,name,…` (the level follows from the code's length) and the
    /// county file `level,code,name,parent,source`.
    enum Format {
        case nbs, county

        init?(header: some StringProtocol) {
            let fields = header.split(separator: ",", omittingEmptySubsequences: false).map { String($0.filter { $0 != "\"" && $0 != "\r" }) }
            if fields.count >= 2, fields[0] == "code", fields[1] == "name" {
                self = .nbs
            } else if fields.count >= 3, fields[0] == "level", fields[1] == "code", fields[2] == "name" {
                self = .county
            } else {
                return nil
            }
        }
    }
}

/// What loading the gazetteers gave.
public struct GazetteerSummary: Sendable, Equatable {
    /// Distinct town and village names in the compact table.
    public var townsAndVillages: Int
    /// Names of counties, cities and provinces added to the lexicon.
    public var higherDivisions: Int
    /// Rows read but not matched (other kinds of units, names with brackets or private characters).
    public var skipped: Int
    /// The paper's own county, when one was given and a file lists it.
    public var homeCounty: String?
}

extension RecognitionResources {
    /// Loads national gazetteers: counties, cities and provinces into the lexicon, towns and
    /// villages (in their mention forms) into `gazetteer`. `homeCounty` (a county's name, `绛县`)
    /// makes that county's towns and villages win ties.
    /// - Parameter requireHomeCounty: throw when no file lists `homeCounty`; otherwise it is
    ///   passed over (`GazetteerSummary.homeCounty` is then nil).
    /// - Throws: `DictionaryError` for a file that is not a gazetteer, a malformed line, or a
    ///   required home county that none of the files lists.
    /// - Complexity: O(b) in the bytes of the files.
    public mutating func loadGazetteers(
        _ files: [GazetteerFile], homeCounty: String?, requireHomeCounty: Bool = true
    ) throws(DictionaryError) -> GazetteerSummary {
        var loader = GazetteerLoader(resources: self)
        for file in files { try loader.load(file) }
        var home: Set<UInt32> = []
        var foundCounty: String?
        if let homeCounty, let codes = loader.countyCodes[homeCounty] {
            home = codes
            foundCounty = homeCounty
        } else if let homeCounty, requireHomeCounty {
            throw DictionaryError(
                file: "--county \(homeCounty)", line: nil,
                message: "not a county of the loaded gazetteers (load a county list such as nbs2023_counties.csv with --gazetteer)"
            )
        }
        loader.resources.gazetteer.buildTable(home: home)
        loader.resources.homeCounty = foundCounty.flatMap { HomeCountyName($0, in: loader.resources) }
        loader.resources.neighbourCounties = Self.neighbours(of: home, in: loader.countyCodes, loader.resources)
        self = loader.resources
        return GazetteerSummary(
            townsAndVillages: gazetteer.count, higherDivisions: loader.higherDivisions, skipped: loader.skipped,
            homeCounty: foundCounty
        )
    }
}

extension RecognitionResources {
    /// The counties whose six-digit codes share a prefecture (the first four digits) with one
    /// of `home`'s, and the county-level cities (…市) of its province (the first two digits:
    /// 侯马 in a 绛县 paper), by name, each with a bare name that can stand alone.
    fileprivate static func neighbours(
        of home: Set<UInt32>, in countyCodes: [String: Set<UInt32>], _ resources: RecognitionResources
    ) -> [HomeCountyName] {
        let prefectures = Set(home.map { $0 / 100 })
        let provinces = Set(home.map { $0 / 10000 })
        return countyCodes.filter { name, codes in
            let isCity = name.hasSuffix("市")
            return codes.isDisjoint(with: home)
                && codes.contains { prefectures.contains($0 / 100) || (isCity && provinces.contains($0 / 10000)) }
        }.keys.sorted().compactMap { HomeCountyName($0, in: resources) }.filter { $0.bare != nil }
    }
}

/// Reads gazetteer CSV files row by row, straight from their bytes.
struct GazetteerLoader {
    var resources: RecognitionResources
    /// County names and stems → their six-digit codes.
    var countyCodes: [String: Set<UInt32>] = [:]
    var higherDivisions = 0
    var skipped = 0

    /// Reads one file.
    /// - Complexity: O(b) in its bytes; no allocation per line but the name's scalars.
    mutating func load(_ file: GazetteerFile) throws(DictionaryError) {
        let shortName = file.displayName.split(separator: "/").last.map(String.init) ?? file.displayName
        let source = resources.gazetteer.addSource(shortName)
        try file.bytes.withUnsafeBufferPointer { (bytes) throws(DictionaryError) in
            try load(bytes, displayName: file.displayName, shortName: shortName, source: source)
        }
    }

    /// Reads the rows of one file's `bytes`, read through a buffer: a national village list has
    /// some 700,000 lines.
    private mutating func load(
        _ bytes: UnsafeBufferPointer<UInt8>, displayName: String, shortName: String, source: UInt16
    ) throws(DictionaryError) {
        let headerEnd = bytes.firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
        guard let format = GazetteerFile.Format(header: String(decoding: bytes[..<headerEnd], as: UTF8.self)) else {
            throw DictionaryError(
                file: displayName, line: 1,
                message: "not a gazetteer: expected the header code,name,… (NBS) or level,code,name,parent,source"
            )
        }
        var name: [Unicode.Scalar] = []
        var fields: [Range<Int>] = []
        var currentCounty: UInt32 = 0
        var lineNumber = 1
        var lineStart = headerEnd + 1
        while lineStart < bytes.count {
            lineNumber += 1
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            defer { lineStart = lineEnd + 1 }
            Self.split(bytes, lineStart..<lineEnd, into: &fields)
            if fields.count == 1, fields[0].isEmpty { continue }
            func fail(_ message: String) -> DictionaryError {
                DictionaryError(file: displayName, line: lineNumber, message: message)
            }
            let offset = format == .county ? 1 : 0
            guard fields.count >= 2 + offset else {
                throw fail(format == .county ? "expected level,code,name,parent,source" : "expected code,name")
            }
            let codeField = fields[offset]
            guard Self.decode(bytes, fields[offset + 1], into: &name) else { throw fail("name is not valid UTF-8") }
            var code: UInt64 = 0
            for index in codeField {
                let byte = bytes[index]
                guard byte >= 0x30 && byte <= 0x39, codeField.count <= 12 else {
                    throw fail("division code must be digits, not \"\(String(decoding: bytes[codeField], as: UTF8.self))\"")
                }
                code = code * 10 + UInt64(byte - 0x30)
            }
            let level: Gazetteer.Level
            if format == .county {
                switch String(decoding: bytes[fields[0]], as: UTF8.self) {
                case "county": level = .county
                case "town": level = .town
                case "village", "village_old": level = .village
                case let other: throw fail("unknown level \"\(other)\" (expected county, town, village, village_old)")
                }
            } else {
                switch codeField.count {
                case 2: level = .province
                case 4: level = .city
                case 6: level = .county
                case 9: level = .town
                case 12: level = .village
                default: throw fail("division code must have 2, 4, 6, 9 or 12 digits, not \(codeField.count)")
                }
            }
            let county: UInt32
            switch codeField.count {
            case 6: county = UInt32(code)
            case 9: county = UInt32(code / 1000)
            case 12: county = UInt32(code / 1_000_000)
            default: county = currentCounty
            }
            switch level {
            case .town, .village:
                guard let form = GazetteerName.mentionForm(name, level: level) else {
                    if level == .village, county != 0, let stem = GazetteerName.shortVillageStem(name) {
                        resources.gazetteer.appendShortVillage(stem: stem, source: source, line: lineNumber, county: county)
                    } else {
                        skipped += 1
                    }
                    continue
                }
                resources.gazetteer.append(
                    name, length: form.length, suffix: form.suffix, level: level, source: source, line: lineNumber, county: county
                )
            case .province, .city, .county:
                if level == .county { currentCounty = county }
                addHigherDivision(name, level: level, county: county, provenance: "\(shortName):\(lineNumber)")
            }
        }
    }

    /// Adds a county, city or province to the lexicon, by its full name.
    private mutating func addHigherDivision(_ name: [Unicode.Scalar], level: Gazetteer.Level, county: UInt32, provenance: String) {
        guard !GazetteerName.isPlaceholder(name) else {
            skipped += 1
            return
        }
        let full = String(String.UnicodeScalarView(name))
        if level == .county { countyCodes[full, default: []].insert(county) }
        // A district named by a common word (城区, 郊区) is no place where it stands alone.
        guard !GazetteerName.isCommonWord(name) else {
            skipped += 1
            return
        }
        var entry = LexEntry(role: .place, provenance: resources.provenanceIndex(provenance))
        entry.placeType = level == .county && name.last == "区" ? .district : level.placeType
        resources.add(full, entry)
        higherDivisions += 1
        guard level == .county else { return }
        if let last = name.last, "县市区旗".unicodeScalars.contains(last), name.count >= 3, !name.contains(where: { $0 == "自" }) {
            resources.add(String(String.UnicodeScalarView(name.dropLast())), LexEntry(role: .countyStem, provenance: entry.provenance))
        }
    }

    /// The comma-separated fields of `line` in `bytes`, without surrounding quotes or a final CR.
    static func split(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, into fields: inout [Range<Int>]) {
        fields.removeAll(keepingCapacity: true)
        var end = line.upperBound
        if end > line.lowerBound, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        var start = line.lowerBound
        var index = start
        while true {
            if index == end || bytes[index] == UInt8(ascii: ",") {
                var field = start..<index
                if field.count >= 2, bytes[field.lowerBound] == UInt8(ascii: "\""), bytes[field.upperBound - 1] == UInt8(ascii: "\"") {
                    field = field.lowerBound + 1..<field.upperBound - 1
                }
                fields.append(field)
                if index == end { return }
                start = index + 1
            }
            index += 1
        }
    }

    /// Decodes the UTF-8 `bytes[range]` into `scalars`; false when they are not valid UTF-8.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into scalars: inout [Unicode.Scalar]) -> Bool {
        scalars.removeAll(keepingCapacity: true)
        var index = range.lowerBound
        while index < range.upperBound {
            let lead = UInt32(bytes[index])
            let count: Int
            var value: UInt32
            switch lead {
            case 0..<0x80: (count, value) = (1, lead)
            case 0xC2..<0xE0: (count, value) = (2, lead & 0x1F)
            case 0xE0..<0xF0: (count, value) = (3, lead & 0x0F)
            case 0xF0..<0xF5: (count, value) = (4, lead & 0x07)
            default: return false
            }
            guard index + count <= range.upperBound else { return false }
            for next in index + 1..<index + count {
                let byte = UInt32(bytes[next])
                guard byte & 0xC0 == 0x80 else { return false }
                value = value << 6 | (byte & 0x3F)
            }
            let shortest: UInt32 = count == 1 ? 0 : count == 2 ? 0x80 : count == 3 ? 0x800 : 0x10000
            guard value >= shortest, let scalar = Unicode.Scalar(value) else { return false }
            scalars.append(scalar)
            index += count
        }
        return true
    }
}
