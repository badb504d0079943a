import NewsGraphCore

extension RecognitionResources {
    /// The dictionary kinds this module reads, as named in `Dictionaries/manifest.tsv`.
    public static let kinds: Set<String> = [
        "surnames", "given-chars", "names", "person-cues", "titles", "places", "place-suffixes",
        "org-suffixes", "orgs", "place-abbreviations", "meetings", "blocks", "name-chars", "transliteration",
        "text-chars", "person-odds", "japanese-surnames", "known-persons",
    ]

    /// Adds the terms of `file`, a list of kind `kind`.
    /// - Throws: `DictionaryError` naming the first malformed line.
    public mutating func load(kind: String, file: DictionaryFile) throws(DictionaryError) {
        if kind == "known-persons" {
            try loadKnownPersons(file)
            return
        }
        for row in file.rows {
            try loadRow(row, kind: kind, file: file)
        }
        if kind == "name-chars" || kind == "text-chars" || kind == "person-odds" {
            personOdds.prepare(names: nameCharacters, text: textCharacterCounts)
        }
    }

    /// Adds the names of a list of well-known persons (name, group) to `knownPersons`.
    private mutating func loadKnownPersons(_ file: DictionaryFile) throws(DictionaryError) {
        let fileIndex = Int32(knownPersonFiles.count)
        knownPersonFiles.append(file.provenanceName)
        for row in file.rows {
            let name = row.fields[0]
            guard name.unicodeScalars.count >= 2, name.unicodeScalars.allSatisfy({ $0.isNameScalar || $0 == "-" }) else {
                throw file.error(row, "a known person is two or more Han characters, maybe joined by a middle dot or dash, not \"\(name)\"")
            }
            guard row.fields.count > 1, !row.fields[1].isEmpty else { throw file.error(row, "missing column 2 (group)") }
            knownPersons.insert(name, entry: Int32(knownPersonLines.count))
            knownPersonLines.append(KnownPersonLine(file: fileIndex, line: Int32(row.line)))
        }
    }

    private mutating func loadRow(_ row: DictionaryFile.Row, kind: String, file: DictionaryFile) throws(DictionaryError) {
        let fields = row.fields
        let provenance = provenanceIndex(file.provenance(of: row))
        func field(_ index: Int, _ name: String) throws(DictionaryError) -> String {
            guard index < fields.count, !fields[index].isEmpty else {
                throw file.error(row, "missing column \(index + 1) (\(name))")
            }
            return fields[index]
        }
        func count(_ index: Int, _ name: String) throws(DictionaryError) -> Int {
            let text = try field(index, name)
            guard let value = Int(text), (0...64).contains(value) else {
                throw file.error(row, "\(name) must be a whole number from 0 to 64, not \"\(text)\"")
            }
            return value
        }
        func placeType(_ text: String) throws(DictionaryError) -> PlaceType {
            guard let type = PlaceType(rawValue: text) else {
                let expected = PlaceType.allCases.map(\.rawValue).joined(separator: ", ")
                throw file.error(row, "unknown place type \"\(text)\" (expected \(expected))")
            }
            return type
        }
        func tally(_ index: Int, _ name: String) throws(DictionaryError) -> Int32 {
            let text = try field(index, name)
            guard let value = Int32(text), value >= 0 else {
                throw file.error(row, "\(name) must be a whole number, not \"\(text)\"")
            }
            return value
        }
        func role(_ value: String, _ table: [String: LexRole]) throws(DictionaryError) -> LexRole {
            guard let role = table[value] else {
                let expected = table.keys.sorted().joined(separator: ", ")
                throw file.error(row, "unknown role \"\(value)\" (expected \(expected))")
            }
            return role
        }
        let term = try field(0, "term")
        guard !term.unicodeScalars.contains(where: { $0.value < 0x20 }) else {
            throw file.error(row, "term contains a control character")
        }
        switch kind {
        case "surnames":
            guard let frequency = NameFrequency(tableValue: try field(2, "frequency class")) else {
                throw file.error(row, "frequency class must be common, regular or rare, not \"\(fields[2])\"")
            }
            let shape = try field(1, "single or compound")
            guard shape == (term.unicodeScalars.count == 1 ? "single" : "compound") else {
                throw file.error(row, "\"\(term)\" is not a \(shape) surname")
            }
            add(term, LexEntry(role: .surname, frequency: frequency, provenance: provenance))
        case "given-chars":
            guard term.unicodeScalars.count == 1, let scalar = term.unicodeScalars.first else {
                throw file.error(row, "expected one character, not \"\(term)\"")
            }
            guard let frequency = NameFrequency(tableValue: try field(1, "frequency class")) else {
                throw file.error(row, "frequency class must be common, regular or rare, not \"\(fields[1])\"")
            }
            givenNameFrequency[scalar] = frequency
        case "names":
            let kind = try role(try field(1, "role"), [
                "not-given": .notGiven, "two-given": .twoGivenOnly, "not-name": .notName, "function-surname": .functionSurname, "word": .word,
            ])
            add(term, LexEntry(role: kind, provenance: provenance))
        case "name-chars":
            guard term.unicodeScalars.count == 1, let scalar = term.unicodeScalars.first else {
                throw file.error(row, "expected one character, not \"\(term)\"")
            }
            nameCharacters[scalar] = NameCharacterCounts(
                surname: try tally(1, "surname count"), first: try tally(2, "first given count"),
                last: try tally(3, "last given count"), single: try tally(4, "single given count")
            )
        case "text-chars":
            guard term.unicodeScalars.count == 1, let scalar = term.unicodeScalars.first else {
                throw file.error(row, "expected one character, not \"\(term)\"")
            }
            textCharacterCounts[scalar] = try tally(1, "count")
        case "person-odds":
            guard PersonOdds.parameterNames.contains(term) else {
                let expected = PersonOdds.parameterNames.joined(separator: ", ")
                throw file.error(row, "unknown parameter \"\(term)\" (expected \(expected))")
            }
            let text = try field(1, "value")
            guard let value = Float(text), value.isFinite else {
                throw file.error(row, "value must be a decimal number, not \"\(text)\"")
            }
            personOdds.parameters[term] = value
        case "transliteration":
            let dottedOnly = fields.count > 1 && !fields[1].isEmpty
            if dottedOnly, fields[1] != "dotted" {
                throw file.error(row, "unknown flag \"\(fields[1])\" (expected dotted)")
            }
            for scalar in term.unicodeScalars {
                guard scalar.isHan else { throw file.error(row, "\"\(scalar)\" is not a Han character") }
                transliterationCharacters[scalar] = !dottedOnly || transliterationCharacters[scalar] == true
            }
        case "japanese-surnames":
            guard (2...3).contains(term.unicodeScalars.count), term.unicodeScalars.allSatisfy(\.isHan) else {
                throw file.error(row, "a Japanese family name is two or three Han characters, not \"\(term)\"")
            }
            add(term, LexEntry(role: .japaneseSurname, provenance: provenance))
        case "person-cues":
            let kind = try role(try field(1, "role"), [
                "after": .cueAfter, "before": .cueBefore, "role": .personRole, "end": .cueEnd, "joiner": .joiner, "column": .columnKind,
                "context-before": .nameContextBefore, "context-after": .nameContextAfter,
            ])
            var entry = LexEntry(role: kind, provenance: provenance)
            if fields.count > 2, !fields[2].isEmpty {
                switch (kind, fields[2]) {
                case (.personRole, "everyday"): entry.flags.insert(.everyday)
                case (.nameContextAfter, "bridge") where term.unicodeScalars.count == 1: entry.flags.insert(.bridge)
                default: throw file.error(row, "flag \"\(fields[2])\" does not apply to a \(fields[1])")
                }
            }
            add(term, entry)
        case "titles":
            let part = try role(
                try field(1, "part"),
                ["scope": .titleScope, "organ": .titleOrgan, "rank": .titleRank, "office": .titleOffice]
            )
            var entry = LexEntry(role: part, provenance: provenance)
            let flagNames = fields.count > 2 ? fields[2].split(separator: ",").map { String($0) } : []
            for name in flagNames where !name.isEmpty {
                switch (part, name) {
                case (.titleOrgan, "standalone"): entry.flags.insert(.standalone)
                case (.titleOrgan, "members"): entry.flags.insert(.members)
                case (.titleOrgan, "branch"): entry.flags.insert(.branch)
                case (.titleOffice, "member"): entry.flags.insert(.member)
                case (.titleOrgan, "abbrev"): entry.flags.insert(.abbreviation)
                case (.titleOrgan, "local"), (.titleScope, "local"): entry.flags.insert(.local)
                case (.titleOffice, "alone"): entry.flags.insert(.alone)
                case (.titleOffice, "credit"): entry.flags.insert(.credit)
                case (.titleOffice, "calling"): entry.flags.insert(.calling)
                case (.titleOffice, "after-organ"), (.titleRank, "after-organ"): entry.flags.insert(.afterOrgan)
                default: throw file.error(row, "flag \"\(name)\" does not apply to a \(fields[1])")
                }
            }
            add(term, entry)
        case "places":
            var entry = LexEntry(role: .place, provenance: provenance)
            entry.placeType = try placeType(try field(1, "type"))
            add(term, entry)
        case "place-suffixes", "org-suffixes":
            var entry: LexEntry
            if kind == "place-suffixes" {
                entry = LexEntry(role: .placeSuffix, provenance: provenance)
                entry.placeType = try placeType(try field(1, "type"))
            } else {
                entry = LexEntry(role: try role(try field(1, "label"), ["org": .orgSuffix, "enterprise": .enterpriseSuffix]), provenance: provenance)
            }
            entry.minStem = try count(2, "shortest stem")
            entry.maxStem = try count(3, "longest stem")
            let flagNames = fields.count > 4 ? fields[4].split(separator: ",").map(String.init) : []
            for name in flagNames where !name.isEmpty {
                switch (name, kind) {
                case ("after-place", _): entry.flags.insert(.afterPlace)
                case ("needs-name", "org-suffixes"): entry.flags.insert(.needsName)
                case ("after-body", "org-suffixes"): entry.flags.insert(.afterBody)
                case ("short-form", "place-suffixes"): entry.flags.insert(.shortForm)
                case (_, "org-suffixes"): throw file.error(row, "unknown flag \"\(name)\" (expected after-place, needs-name, after-body)")
                default: throw file.error(row, "unknown flag \"\(name)\" (expected after-place, short-form)")
                }
            }
            // A unit inside a body may follow it directly (选拔领导小组 + 办公室).
            let shortest = entry.flags.contains(.afterBody) ? 0 : 1
            guard entry.minStem >= shortest, entry.minStem <= entry.maxStem else {
                throw file.error(row, "shortest stem must be at least \(shortest) and at most the longest stem")
            }
            add(term, entry)
        case "place-abbreviations":
            let kind = try role(try field(1, "role"), [
                "abbrev": .placeAbbreviation, "host": .placeHost, "pair-next": .abbreviationPairNext,
                "host-verb": .abbreviationHostVerb,
            ])
            if kind == .placeAbbreviation || kind == .placeHost, term.unicodeScalars.count != 1 {
                throw file.error(row, "an abbreviation is one character, not \"\(term)\"")
            }
            add(term, LexEntry(role: kind, provenance: provenance))
        case "orgs":
            let kind = try role(try field(1, "label"), ["org": .orgName, "enterprise": .enterpriseName])
            add(term, LexEntry(role: kind, provenance: provenance))
        case "meetings":
            let kind = try role(try field(1, "role"), ["suffix": .meetingSuffix, "trigger": .meetingTrigger])
            add(term, LexEntry(role: kind, provenance: provenance))
        case "blocks":
            let roleName = try field(1, "role")
            let kind = try role(
                roleName, ["stop": .stop, "not-stem": .notStem, "topic": .notStem, "not-place": .notPlace, "industry": .industry]
            )
            if kind == .stop, term.unicodeScalars.count != 1 {
                throw file.error(row, "a stop is one character, not \"\(term)\"")
            }
            var entry = LexEntry(role: kind, provenance: provenance)
            if roleName == "topic" { entry.flags.insert(.topic) }
            if fields.count > 2, !fields[2].isEmpty {
                guard kind == .industry else { throw file.error(row, "only an industry row has a short form") }
                tradeShortForms.append((Array(term.unicodeScalars), Array(fields[2].unicodeScalars)))
            }
            add(term, entry)
        default:
            throw DictionaryError(file: file.displayName, line: nil, message: "unknown dictionary kind \"\(kind)\"")
        }
    }
}

/// The kind of a place, from gazetteers and suffix rules.
public enum PlaceType: String, Sendable, CaseIterable {
    case country, province, city, county, district, town, village, scenic, street, place
}
