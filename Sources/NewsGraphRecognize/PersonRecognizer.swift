import NewsGraphCore

/// Finds person names by rule: a surname (single or compound) and one or two given-name
/// characters, confirmed by what stands around them; and well-known persons by name
/// (`KnownPersons`, the only name list used).
///
/// A reading is kept when its two sides and its shape agree, strongest first:
/// - the closing byline (`…活水。\n张倩倩`);
/// - a title or an introducing word right before (`县委书记解芳`, `记者 张三`), even for a
///   whole common word before a cue (`县长高峰出席`);
/// - a word for what someone is right before (`前锋黎兵`, `外援卡洛斯`);
/// - a title right after, with a boundary before (`骆惠宁书记`);
/// - a cue verb right after (`解芳指出`), with a boundary before;
/// - a compound surname and one given character with a clear side (`聆听司马光“砸缸”`);
/// - the first column of a row of a notice list, before a space and a unit (`王明亮 县人民医院`);
/// - the head of a profile, before the sex between commas (`王明亮，男，汉族`);
/// - every item of a line of three or more names separated by spaces (`王明亮  李红  高峰`);
/// - a list joined by `、` (or 和, 与, 及 with a commoner shape) to a name found so;
/// - boundaries on both sides and a common surname with two common given characters
///   (`，李富林说` needs no cue; `高速` never reads as a name);
/// - failing all these, its odds (`PersonOddsRule`): name-like characters and what stands around
///   them (`市委书记张敬涛召集`, `说明江泽民主席`).
/// Where several lengths fit, the one whose right side says most wins (`张明说，` is 张明).
/// A name's Latin spelling in brackets right after it names the same person (`LatinGlosses`).
struct PersonRecognizer {
    /// What the recogniser found.
    struct Result {
        var persons: [Candidate] = []
        /// Names of the closing byline and of reporters introduced by 记者/通讯员, in text order.
        var reporters: [ScalarRange] = []
    }

    /// Person candidates in `scan`, given the title candidates and the candidates of the other
    /// recognisers (`others`: a name found by its odds alone never overlaps one of them).
    /// - Complexity: O(n·s) for n scalars and s readings at a position (at most four), plus the
    ///   list expansion, linear in the names found.
    func candidates(in scan: ArticleScan, titles: [Candidate], others: [Candidate] = []) -> Result {
        let context = PersonContext(scan: scan, titles: titles)
        let covered = CoveredPositions(count: scan.count, candidates: others)
        let odds = PersonOddsRule(scan: scan, covered: covered)
        var result = Result()
        var found: [Int: Candidate] = [:]
        if let byline = bylineName(in: scan) {
            Self.add(byline, Priority.byline, "byline", to: &found, scalars: scan.scalars)
            result.reporters.append(byline.range)
        }
        for name in NoticeRows.names(in: scan, units: others + titles) {
            Self.add(name, Priority.personBeforeCue, "notice-row", to: &found, scalars: scan.scalars)
        }
        for name in SpacedNameLines.names(in: scan) {
            Self.add(name, Priority.personBeforeCue, "name-line", to: &found, scalars: scan.scalars)
        }
        for name in ProfileHeads.names(in: scan, context: context) {
            Self.add(name, Priority.personBeforeCue, "profile-head", to: &found, scalars: scan.scalars)
        }
        // The odds may find a name inside running text (说明江泽民主席), where no boundary is.
        for start in 0..<scan.count where scan.hasMatch(.surname, startingAt: start)
            && (context.before[start] != .none || odds.mayStartInsideText(at: start) || Self.startsCompoundSurname(at: start, scan)) {
            guard let (reading, rule, priority) = bestReading(at: start, scan: scan, context: context, odds: odds) else { continue }
            // A name by its shape or odds alone inside a word that names nothing is none (the
            // doctrine's name 习近平新时代中国特色社会主义思想).
            // Nor is one in a list of villages (`大东庄、杨林头、富家沟等7个村`).
            if priority <= Priority.personByShape, scan.isInsideNonPlaceWord(reading.range.start, reading.range.end)
                || PlaceListItems.endsPlaceItem(at: reading.range.end, in: scan.scalars) { continue }
            Self.add(reading, priority, rule, to: &found, scalars: scan.scalars)
            if context.introduced[start] { result.reporters.append(reading.range) }
        }
        let transliterated = TransliteratedNames.names(in: scan, context: context, covered: covered)
        // A foreign name of four letters or more beats a shorter Chinese reading of its start
        // that the same evidence confirms (`总书记贾亚拉莉达`, not 贾亚).
        for name in transliterated.names where (found[name.range.start]?.priority ?? 0) < name.priority
            || (found[name.range.start].map { $0.priority == name.priority && $0.range.count < name.range.count } ?? false && name.range.count >= 4) {
            found[name.range.start] = Candidate(
                range: name.range, label: .person, priority: name.priority, provenance: "rule:person.\(name.rule)"
            )
        }
        for name in JapaneseNames.names(in: scan, context: context, covered: covered)
        where (found[name.range.start]?.range.count ?? 0) < name.range.count {
            found[name.range.start] = Candidate(
                range: name.range, label: .person, priority: name.priority, provenance: "rule:person.\(name.rule)"
            )
        }
        // A well-known name beats the weaker readings over part of it (马克思, not the odds' 马克;
        // 盖特纳, not the run 盖特纳赞; 宋美龄, not 蒋宋美), and yields to a name that runs from
        // before it to its end (赵成龙).
        for name in KnownPersons.names(in: scan, context: context) {
            let overlapping = (max(0, name.range.start - 8)..<name.range.end).filter { start in
                found[start].map { $0.range.end > name.range.start } ?? false
            }
            guard overlapping.allSatisfy({ start in
                let other = found[start]!
                return other.priority < Priority.knownPerson && (start >= name.range.start || other.range.end < name.range.end)
            }) else { continue }
            for start in overlapping { found[start] = nil }
            found[name.range.start] = Candidate(
                range: name.range, label: .person, priority: Priority.knownPerson, provenance: name.provenance
            )
        }
        for name in LatinNames.names(in: scan, context: context) where found[name.range.start] == nil {
            found[name.range.start] = Candidate(
                range: name.range, label: .person, priority: Priority.personBeforeCue, provenance: "rule:person.\(name.rule)"
            )
        }
        for surname in RespectedElders.surnames(in: scan, context: context, covered: covered) where found[surname.start] == nil {
            found[surname.start] = Candidate(range: surname, label: .person, priority: Priority.personByShape, provenance: "rule:person.elder")
        }
        // Lists: a name, a joiner, another name, in both directions.
        // Names the odds alone found confirm no list; a list may confirm them.
        var queue = found.values.filter { $0.priority != Priority.personByOdds }.sorted { $0.range.start < $1.range.start }
        while let person = queue.popLast() {
            // A list confirms a name the odds alone had found.
            // A foreign name's run goes first: 穆巴拉克, not the Chinese reading 穆巴.
            for range in transliteratedNeighbours(of: person.range, scan: scan, runs: transliterated)
            where (found[range.start]?.priority ?? 0) < Priority.personInList {
                let added = Candidate(
                    range: range, label: .person, priority: Priority.personInList, provenance: "rule:person.transliterated.in-list"
                )
                found[range.start] = added
                queue.append(added)
            }
            for name in listNeighbours(of: person.range, scan: scan, context: context)
            where (found[name.range.start]?.priority ?? 0) < Priority.personInList {
                Self.add(name, Priority.personInList, "in-list", to: &found, scalars: scan.scalars)
                if let added = found[name.range.start], added.priority == Priority.personInList { queue.append(added) }
            }
        }
        let inOrder = found.values.sorted { $0.range.start < $1.range.start }
        for gloss in LatinGlosses.glosses(after: inOrder, in: scan) where found[gloss.range.start] == nil {
            found[gloss.range.start] = gloss
        }
        // A name inside the name of a work (《但丁的地狱之旅》, 《窦娥冤》) is part of that name, a
        // character or a subject, not a person the article names.
        result.persons = found.values.filter { !scan.insideWorkName[$0.range.start] }.sorted { $0.range.start < $1.range.start }
        result.reporters.sort { $0.start < $1.start }
        return result
    }

    /// Records `reading` as a person found by `rule`, unless a name of at least `priority`
    /// already starts there.
    private static func add(
        _ reading: NameReading, _ priority: Int, _ rule: StaticString, to found: inout [Int: Candidate], scalars: [Unicode.Scalar]
    ) {
        if let known = found[reading.range.start], known.priority >= priority { return }
        found[reading.range.start] = Candidate(
            range: reading.range, label: .person, priority: priority,
            provenance: "rule:person.\(rule)(\(reading.surname(in: scalars)))"
        )
    }

    /// The best accepted reading at `start`, with its rule and priority. A reading a rule accepts
    /// beats one only the odds accept; among equals the stronger right side, then the commoner
    /// given name, then the higher odds win.
    private func bestReading(
        at start: Int, scan: ArticleScan, context: PersonContext, odds: PersonOddsRule
    ) -> (NameReading, StaticString, Int)? {
        let left = context.before[start]
        typealias Rank = (byRule: Int, right: PersonContext.Evidence, given: NameFrequency, score: Float)
        var best: (reading: NameReading, rule: StaticString, priority: Int, rank: Rank)?
        // Only a rule takes a reading with a given character out of its place, and a rule needs
        // something before the name; one that starts with a common word needs a title or role
        // word next to it.
        let titleAfter = (start + 3 <= scan.count && context.after[start + 3] == .title)
            || (start + 4 <= scan.count && context.after[start + 4] == .title)
        let readings = NameReading.readings(
            at: start, in: scan, outOfPlace: left != .none,
            extendingWords: left == .title || context.afterRole[start] || titleAfter,
            stemWordGiven: left == .title || context.afterRole[start]
                || (left >= .clear && (titleAfter || context.titleStarts(within: 3, after: start + 3)
                    || (start + 3 <= scan.count && context.after[start + 3] == .cue)))
        )
        // By index: destroying the collection's default iterator goes through generic
        // witnesses, a cost paid at every position a surname starts.
        for index in readings.indices {
            var reading = readings[index]
            // Right after a title or a role word, a character that stands in given names only as
            // one of two reads as the first of two like any other (`主任严长青捧着`, `队员杜长生成为`).
            if reading.hasTwoOnlyGiven, left == .title || context.afterRole[start], Self.isFullNameOfTwoGiven(reading, scan) {
                reading.hasTwoOnlyGiven = false
            }
            let right = context.after[reading.range.end]
            if reading.givenIsStemWord {
                guard let rule = reading.stemWordGivenRule(in: scan, context: context),
                      accept(reading, left: left, right: right, afterRole: context.afterRole[start], scan: scan) != nil else { continue }
                let rank: Rank = (1, right, reading.givenFrequency, 0)
                if let current = best, !(rank > current.rank) { continue }
                best = (reading, rule, left == .title ? Priority.personAfterTitle : Priority.personBeforeCue, rank)
                continue
            }
            // 刘海亮 past the word 刘海 only between a title and a clear boundary or an appointment
            // word (`骨科主任刘海燕为`); 王长林 only before a clear boundary, by a rule.
            let guarded = reading.extendsNotName || reading.hasTwoOnlyGiven
            let appointmentAfter = reading.extendsNotName && !reading.hasTwoOnlyGiven && left == .title
                && reading.givenFrequency >= .regular && reading.range.end < scan.count
                && PersonContext.appointmentScalars.contains(scan.scalars[reading.range.end])
            if guarded, right < .clear && !appointmentAfter || (reading.extendsNotName && left < .title) { continue }
            if endsOnFunctionWord(reading, right: right, scan: scan) || endsOnAppointment(reading, context: context, scan: scan) { continue }
            let rank: Rank
            let accepted: (StaticString, Int)
            if let byRule = accept(reading, left: left, right: right, afterRole: context.afterRole[start], scan: scan) ?? speaker(reading, in: scan) {
                accepted = byRule
                rank = (1, right, reading.givenFrequency, 0)
            } else if !guarded, let score = odds.score(reading, left: left, right: right),
                      !Self.endsInsideWord(reading, scan: scan), !reading.wordRunsIn(scan) {
                accepted = ("by-odds", Priority.personByOdds)
                rank = (0, right, reading.givenFrequency, score)
            } else {
                continue
            }
            if let current = best, !(rank > current.rank) { continue }
            best = (reading, accepted.0, accepted.1, rank)
        }
        if best == nil, left == .title || Self.followsAppointmentOpener(start, scan.scalars),
           let word = wordName(at: start, scan: scan, context: context) {
            return (word, "word-after-title", Priority.personAfterTitle)
        }
        return best.map { ($0.reading, $0.rule, $0.priority) }
    }

    /// Whether a word that opens an appointment or a removal ends right before `start`
    /// (`任命白云为县农业农村局局长`, `免去常青的…职务`): a name follows it as it follows a title.
    private static func followsAppointmentOpener(_ start: Int, _ scalars: [Unicode.Scalar]) -> Bool {
        start >= 2 && appointmentOpeners.contains { $0[0] == scalars[start - 2] && $0[1] == scalars[start - 1] }
    }

    /// The words that open an appointment or a removal in an appointment list.
    private static let appointmentOpeners: [[Unicode.Scalar]] = ["任命", "免去", "提名", "聘任"].map { Array($0.unicodeScalars) }

    /// A name that is a common word as a whole, right after a title or an appointment's opener: before a cue or a `、`
    /// (`县长高峰出席`, `县长高峰、副县长`), or after a word that introduces a reporter, before a
    /// clear boundary (`记者 高峰）`, `通讯员 常明 记者`). A common surname and a given character that stands alone
    /// in names more than 1.5 times as often as it occurs in running text (`name_chars.tsv`
    /// against `text_chars.tsv`: 峰, 伟, not 格 of 严格 or 度 of 高度). Between a title and a cue
    /// verb, a regular surname will do, and a function surname with a given character that need
    /// only stand alone in names 200 times (`副镇长常明介绍`, `乡长向海指出`); after a reporter's
    /// credit, 50 times (`记者 温馨`). No reading is such a word otherwise.
    private func wordName(at start: Int, scan: ArticleScan, context: PersonContext) -> NameReading? {
        NameReading.readings(at: start, in: scan, wholeWords: true).first {
            let right = context.after[$0.range.end]
            let closes = right >= .cue || ($0.range.end < scan.count && scan.scalars[$0.range.end] == "、")
                || (context.introduced[start] && right >= .clear)
            guard $0.range.count == 2, $0.givenStart == start + 1, closes else { return false }
            let given = scan.scalars[$0.givenStart]
            // A reporter's credit and a clear boundary frame a name more surely than a title does:
            // there a given character seen alone in names 50 times will do (`记者 温馨`).
            let credited = context.introduced[start] && right >= .clear
            let minimum = credited ? Self.creditedSingleMinimum : Self.singleMinimum
            guard Int(scan.resources.nameCharacters[given]?.single ?? 0) >= minimum else { return false }
            let nameLike = Self.standsAloneInNames(given, scan, minimum: minimum)
            // Between a title and a cue verb, or after 记者 and before a clear boundary, a regular
            // surname will do (`村主任常明告诉`, `记者 常明）`), and a function surname with any
            // common single given character (`县委书记向海深入`): a function word and one
            // character make no adverb, as 严格 of `县长严格要求` does.
            let cueVerb = right == .cue && $0.range.end < scan.count && scan.scalars[$0.range.end].isNameScalar
            if cueVerb || credited, $0.surnameFrequency >= .regular,
               nameLike || $0.functionSurname {
                return true
            }
            return $0.surnameFrequency == .common && !$0.functionSurname && nameLike
        }
    }

    /// Whether `given` stands alone in names (`name_chars.tsv`) at least `minimum` times and more
    /// than 1.5 times as often as it occurs in running text (`text_chars.tsv`): 峰, 青, not 格 or 光.
    private static func standsAloneInNames(_ given: Unicode.Scalar, _ scan: ArticleScan, minimum: Int = singleMinimum) -> Bool {
        let single = Int(scan.resources.nameCharacters[given]?.single ?? 0)
        return single >= minimum && 2 * single > 3 * Int(scan.resources.textCharacterCounts[given] ?? 0)
    }

    /// How often a given character must stand alone in names for a whole-word name after a title.
    private static let singleMinimum = 200

    /// The same after a reporter's credit and before a clear boundary.
    private static let creditedSingleMinimum = 50

    /// Whether the sides and the shape of `reading` make a name, and by which rule.
    private func accept(
        _ reading: NameReading, left: PersonContext.Evidence, right: PersonContext.Evidence, afterRole: Bool, scan: ArticleScan
    ) -> (StaticString, Int)? {
        if let compound = Self.compoundSurnameName(reading, left: left, right: right) { return compound }
        let listedFullName = reading.surnameFrequency < .regular && Self.isListedSurnameFullName(reading, left: left, right: right, scan: scan)
        guard left != .none, reading.surnameFrequency >= .rare || listedFullName else { return nil }
        // Right after a role word or a title, a full name of two given characters may run
        // straight into its verb (`村民王平安笑得`, `村委会主任何福顺违规`), unless a foreign name's
        // letter follows (`丈夫罗文塔尔`); any other reading needs a boundary after it.
        if right == .none, !((afterRole && Self.isFullName(reading) || left == .title && Self.isFullNameAfterTitle(reading))
            && !Self.foreignLetterFollows(reading, scan)) { return nil }
        // A name that starts with a common word (王国华, 高明亮) only next to a title or right
        // after a role word, before a clear boundary, and not after a function surname (向大家,
        // 都有看) unless a title and a boundary frame it (`主任任国强表示`, `县委副书记任国强,`).
        if reading.extendsCommonWord, !Self.isFramedFunctionSurnameName(reading, left: left, right: right, scan: scan),
           reading.functionSurname || right < .clear || !(left == .title || right == .title || afterRole) {
            return nil
        }
        // After a title any given name will do (王𠮷); elsewhere its characters must be known.
        if left == .title { return ("after-title", Priority.personAfterTitle) }
        guard reading.surnameFrequency >= .regular || listedFullName, reading.givenFrequency >= .rare else { return nil }
        // After a word for what someone is (前锋黎兵), a name of known characters; a function
        // surname (何, 付) only with two given characters that are no common word (职工何新荣).
        let functionWord = reading.functionSurname && (reading.range.end - reading.givenStart < 2 || reading.givenIsCommonWord)
        // A character that stands in given names only as one of two (长 of 李长河) needs
        // punctuation after the name (`退伍军人李长河,`; not `学生成长中问题`).
        let closedByPunctuation = reading.range.end == scan.count || !scan.scalars[reading.range.end].isNameScalar
        if afterRole, !functionWord, !reading.hasTwoOnlyGiven || closedByPunctuation, reading.givenFrequency >= .regular {
            return ("after-role", Priority.personBeforeTitle)
        }
        if right == .title { return ("before-title", Priority.personBeforeTitle) }
        if right == .cue {
            // 等 ends any list: before it, a name of one given character needs a common surname
            // (`王刚等`, not the plant in `梭梭、花棒等`), and a given name that is a common word
            // or a county's bare name names no one (`以商招商等`, `运城、侯马等地`).
            let endsList = reading.range.end < scan.count && scan.scalars[reading.range.end] == "等"
            guard !endsList || (reading.range.count > 2 || reading.surnameFrequency == .common) && !reading.givenIsCommonWord
                && !reading.holdsCountyStem else { return nil }
            // Nor one whose last character starts the cue word (曾担 + 任 of 曾担任).
            guard !Self.endsInsideWord(reading, scan: scan, roles: Self.wordsNoShapeCuts) else { return nil }
            return ("before-cue", Priority.personBeforeCue)
        }
        // By its shape, a name that cuts no word after it in two (郑平 + 登上, not 郑平登).
        let shaped = !reading.functionSurname && !reading.givenIsCommonWord && !reading.extendsCommonWord && !reading.hasTwoOnlyGiven && !reading.holdsCountyStem && reading.range.count == 3 && reading.givenStart == reading.range.start + 1
            && reading.surnameFrequency == .common && reading.givenFrequency >= .regular
            && !Self.endsInsideWord(reading, scan: scan, roles: Self.wordsNoShapeCuts) && !reading.wordRunsIn(scan)
        return shaped && max(left, right) >= .clear ? ("by-shape", Priority.personByShape) : nil
    }

    /// A surname of the list that the role data never saw start a name, or saw rarely (富 of
    /// 富振江, 郇, 茶), with one given character as below or two given characters of regular use that are no place, between a
    /// title and a clear boundary (`村委会主任富振江说`, not `主席同法国总统`); or, when the surname
    /// is rare in running text too (fewer than `rareInText` in `text_chars.tsv`: not 是, 第, 支),
    /// between a clear boundary and a title (`，郇建平局长表示`) or an appointment word before
    /// one (`任命茶建华为`).
    private static func isListedSurnameFullName(
        _ reading: NameReading, left: PersonContext.Evidence, right: PersonContext.Evidence, scan: ArticleScan
    ) -> Bool {
        let end = reading.range.end
        func rareInRunningText() -> Bool { (scan.resources.textCharacterCounts[scan.scalars[reading.range.start]] ?? 0) < rareInText }
        // With one given character, only between a title and a cue, the character one that
        // stands alone in names (`总经理郇丽说`).
        if reading.range.count == 2 {
            return left == .title && right >= .cue && rareInRunningText() && !reading.functionSurname
                && !reading.extendsNotName && standsAloneInNames(scan.scalars[reading.givenStart], scan)
        }
        let framed = left == .title && right >= .clear
            || left >= .clear && (right == .title || right == .cue && end < scan.count && PersonContext.appointmentScalars.contains(scan.scalars[end]))
                && rareInRunningText()
        return framed && !reading.functionSurname && reading.range.count == 3 && reading.givenStart == reading.range.start + 1
            && reading.givenFrequency >= .regular && !reading.hasTwoOnlyGiven && !reading.extendsNotName && !reading.extendsCommonWord
            && !scan.hasMatch(.place, startingAt: reading.givenStart)
    }

    /// The most times (in `text_chars.tsv`) a surname the role data hardly knows may occur in
    /// running text and still start a name before a title by its frame alone.
    private static let rareInText: Int32 = 100

    /// Whether a compound surname (司马, 欧阳) starts at `start`.
    private static func startsCompoundSurname(at start: Int, _ scan: ArticleScan) -> Bool {
        scan.index.starting(at: start).contains { $0.end - $0.start == 2 && scan.role($0) == .surname }
    }

    /// A compound surname and one given character of regular use (`司马光`, `司马南到场`): the
    /// surname is rarely anything else (those that are mostly words, 第五, 百里, 司空, are
    /// `not-name` words), so punctuation or a clear word on either side will do, even inside
    /// running text (`聆听司马光“砸缸”`).
    /// With two given characters of regular use, a cue verb, an appointment word or a title
    /// after it and any boundary but a title before it (`任命欧阳文静为审判员`, `，上官明华指出`)
    /// make it a name whatever the class of the surname (after a title, `after-title` takes it),
    /// and so do clear boundaries on both sides (`联系人:钟离晓月 联系电话`).
    private static func compoundSurnameName(
        _ reading: NameReading, left: PersonContext.Evidence, right: PersonContext.Evidence
    ) -> (StaticString, Int)? {
        guard reading.givenStart - reading.range.start == 2, reading.givenFrequency >= .regular, !reading.extendsNotName,
              !reading.extendsCommonWord, !reading.cutsWord else { return nil }
        if reading.range.end - reading.givenStart == 2 {
            if left != .none && left < .title && right >= .cue && !reading.hasTwoOnlyGiven {
                return ("compound-surname-before-cue", Priority.personBeforeCue)
            }
            // Alone between clear boundaries, as in a notice's contact line (`联系人:钟离晓月 电话`).
            return min(left, right) >= .clear ? ("compound-surname", Priority.personByShape) : nil
        }
        guard max(left, right) >= .clear else { return nil }
        return ("compound-surname", Priority.personByShape)
    }

    /// Whether `reading` is a single common or regular surname and two given characters of
    /// regular use that are no function or two-only characters.
    private static func isFullName(_ reading: NameReading) -> Bool {
        reading.range.count == 3 && reading.givenStart == reading.range.start + 1 && reading.surnameFrequency >= .regular
            && reading.givenFrequency >= .regular && !reading.functionSurname && !reading.hasTwoOnlyGiven && !reading.extendsNotName
    }

    /// Whether `reading` is a common or regular surname that is no function word and two given
    /// characters of regular use, the last of which ends given names often, at least
    /// `commonLastGiven` times and half as often as it occurs in running text (`name_chars.tsv`
    /// against `text_chars.tsv`: 青, 生, 林; not 期 of 局长王长期, 中 of 学生成长中).
    private static func isFullNameOfTwoGiven(_ reading: NameReading, _ scan: ArticleScan) -> Bool {
        guard reading.range.count == 3, reading.givenStart == reading.range.start + 1, reading.surnameFrequency >= .regular,
              reading.givenFrequency >= .regular, !reading.functionSurname, !reading.givenIsCommonWord,
              !reading.extendsCommonWord, !reading.extendsNotName else { return false }
        let last = scan.scalars[reading.range.end - 1]
        let asLast = Int(scan.resources.nameCharacters[last]?.last ?? 0)
        return asLast >= commonLastGiven && 2 * asLast >= Int(scan.resources.textCharacterCounts[last] ?? 0)
    }

    /// How often (`name_chars.tsv`) a character must end two-character given names to end a name
    /// whose first given character stands only in names of two.
    private static let commonLastGiven = 200

    /// Whether `reading` is a single surname, also a function word (何 of `主任何福顺`), and two
    /// given characters of regular use that are no common word, fit to follow a title.
    private static func isFullNameAfterTitle(_ reading: NameReading) -> Bool {
        reading.range.count == 3 && reading.givenStart == reading.range.start + 1 && reading.surnameFrequency >= .regular
            && reading.givenFrequency >= .regular && !reading.givenIsCommonWord && !reading.hasTwoOnlyGiven && !reading.extendsNotName
    }

    /// Whether `reading` is a function surname that starts a common word and two given characters
    /// of regular use that are no listed word or place, between a title and a clear boundary, a
    /// cue or a title (`主任任国强表示`, `县委副书记任国强,`, `书记向东升指出`; not `县长向大家介绍`,
    /// `主任于北京召开`): the word (任国, 向东) is the surname and a given character there.
    private static func isFramedFunctionSurnameName(
        _ reading: NameReading, left: PersonContext.Evidence, right: PersonContext.Evidence, scan: ArticleScan
    ) -> Bool {
        guard reading.functionSurname, left == .title, right >= .clear, isFullNameAfterTitle(reading) else { return false }
        return !scan.index.starting(at: reading.givenStart).contains { $0.end == reading.range.end }
    }

    /// Whether a transliteration letter (`transliteration.tsv`) follows `reading`, which may then
    /// be the start of a foreign name.
    private static func foreignLetterFollows(_ reading: NameReading, _ scan: ArticleScan) -> Bool {
        reading.range.end < scan.count && scan.resources.transliterationCharacters[scan.scalars[reading.range.end]] == true
    }

    /// A speaker's name that opens a line or sentence before a colon (`姜山：你之前说过`), as in
    /// interviews and transcripts; or a columnist's name that opens a column head, a few
    /// characters and a `column` word before the colon (`张路足彩推荐：`, `安然火线解盘：`).
    private func speaker(_ reading: NameReading, in scan: ArticleScan) -> (StaticString, Int)? {
        let start = reading.range.start
        let end = reading.range.end
        guard end < scan.count else { return nil }
        if start > 0 {
            let before = scan.scalars[start - 1]
            guard before == "\n" || before.isSentenceTerminal || before.isClosingQuote else { return nil }
        }
        let rule: StaticString
        if Self.isColon(scan.scalars[end]) {
            rule = "speaker"
        } else if Self.columnHeadCloses(after: end, scan) {
            rule = "column-head"
        } else {
            return nil
        }
        guard reading.surnameFrequency >= .regular, reading.givenFrequency >= .rare, !reading.extendsCommonWord else { return nil }
        return (rule, Priority.personBeforeCue)
    }

    private static func isColon(_ scalar: Unicode.Scalar) -> Bool { scalar == "：" || scalar == ":" }

    /// Whether a column head runs from `start` to a colon: at most `columnHeadGap` Han characters
    /// (the column's topic, 足彩, 火线) and a `column` word (推荐, 解读) that ends at the colon.
    private static func columnHeadCloses(after start: Int, _ scan: ArticleScan) -> Bool {
        var position = start
        while position < scan.count, position - start < columnHeadGap + 2, scan.scalars[position].isHan {
            for match in scan.index.starting(at: position) where scan.role(match) == .columnKind {
                if match.end < scan.count, match.end - start <= columnHeadGap + (match.end - match.start), isColon(scan.scalars[match.end]) {
                    return true
                }
            }
            position += 1
        }
        return false
    }

    /// The most characters between a columnist's name and the `column` word of the head.
    private static let columnHeadGap = 4

    /// Whether `reading` ends on a two-only character that is also a stop (为, 向, 和) with a word
    /// or a count right after it: the function word it usually is there (李翔为企业颁奖 is 李翔 + 为,
    /// 韩丽为30名学员 is 韩丽 + 为), while 张大为 takes punctuation, a cue or a title after it. A
    /// joiner before a title joins two holders (副总裁叶璇和销售经理田源), so only a cue or
    /// punctuation keeps it (张永和说).
    private func endsOnFunctionWord(_ reading: NameReading, right: PersonContext.Evidence, scan: ArticleScan) -> Bool {
        let last = reading.range.end - 1
        guard reading.hasTwoOnlyGiven, reading.range.end < scan.count,
              scan.scalars[reading.range.end].isNameScalar || scan.scalars[reading.range.end].isDigitLike,
              scan.hasMatch(.stop, startingAt: last) else { return false }
        return right < .cue || (right == .title && scan.hasMatch(.joiner, startingAt: last))
    }

    /// Whether a cue or context word starts at the last character of `reading` and runs past it
    /// (白菜、甘蓝[正在]装车): the odds do not take a name that cuts such a word in two.
    private static func endsInsideWord(_ reading: NameReading, scan: ArticleScan, roles: LexRoleMask = wordsAfterNames) -> Bool {
        let last = reading.range.end - 1
        guard scan.hasMatch(roles, startingAt: last) else { return false }
        return scan.index.starting(at: last).contains { $0.end > reading.range.end && roles.bits & $0.role.bit != 0 }
    }

    /// The words a name by its shape does not cut: cues and words that end stems (登上), not
    /// context words (真的 of 赵致真的人).
    private static let wordsNoShapeCuts = LexRoleMask(bits: LexRole.cueAfter.bit | LexRole.notStem.bit)

    /// The roles of the words `endsInsideWord` looks for.
    private static var wordsAfterNames: LexRoleMask {
        LexRoleMask(bits: LexRole.cueAfter.bit | LexRole.nameContextAfter.bit | LexRole.notStem.bit | LexRole.word.bit | LexRole.notName.bit)
    }

    /// Whether `reading` ends on a one-character appointment word right before a title
    /// (`王明任县委副书记`, `赵刚为局长`) that reads as a cue there: the name is the reading
    /// without it, which the word joins to the title.
    private func endsOnAppointment(_ reading: NameReading, context: PersonContext, scan: ArticleScan) -> Bool {
        let last = reading.range.end - 1
        return context.after[reading.range.end] == .title && last > reading.givenStart && context.after[last] >= .cue
            && PersonContext.appointmentScalars.contains(scan.scalars[last])
    }

    /// Names joined to `range` by a joiner on either side (`王述江、李彩霞`), also past a note in
    /// brackets after a name (`侯志强(陈村镇中心学校)、关雅丽`). After `、` any
    /// surname will do, and a given name may be a topic or context word (`陈思远、刘发展，`); after
    /// 和, 与, 及 the surname must be regular.
    private func listNeighbours(of range: ScalarRange, scan: ArticleScan, context: PersonContext) -> [NameReading] {
        var result: [NameReading] = []
        func fits(_ reading: NameReading, joinerStart: Int) -> Bool {
            let strong = scan.scalars[joinerStart] == "、"
            // A given name that is a topic or context word (刘发展) only in a `、` list, with a
            // regular surname that is no function word and a clear boundary after it.
            if reading.givenIsStemWord,
               !strong || reading.functionSurname || reading.surnameFrequency < .regular || context.after[reading.range.end] < .clear {
                return false
            }
            return reading.isAtLeast(.rare) && !reading.extendsNotName
                && !endsOnFunctionWord(reading, right: context.after[reading.range.end], scan: scan)
                && !endsOnAppointment(reading, context: context, scan: scan)
                && (strong || reading.surnameFrequency >= .regular)
        }
        // An item of a `、` list that is a common word as a whole (高峰) reads as a name when
        // punctuation closes it on both sides and its surname is common (not 华西, 阳光), or
        // regular with a given character that stands alone in names (常青).
        func wholeItem(at start: Int, joinerStart: Int, ending end: Int? = nil) -> NameReading? {
            guard scan.scalars[joinerStart] == "、", context.before[start] >= .clear else { return nil }
            return NameReading.readings(at: start, in: scan, wholeWords: true).first {
                (end == nil || $0.range.end == end) && $0.givenFrequency >= .rare
                    && ($0.surnameFrequency == .common || ($0.surnameFrequency >= .regular && $0.range.count == 2
                        && !$0.functionSurname && Self.standsAloneInNames(scan.scalars[$0.givenStart], scan)))
                    && ($0.range.end == scan.count || !scan.scalars[$0.range.end].isNameScalar)
            }
        }
        // An item may carry a note in brackets after the name (`侯志强(陈村镇中心学校)、关雅丽`).
        for joiner in scan.matches(.joiner, startingAt: Self.end(ofNoteAt: range.end, scan)) {
            let next = NameReading.readings(at: joiner.end, in: scan, stemWordGiven: true).first {
                context.after[$0.range.end] != .none && fits($0, joinerStart: joiner.start)
            } ?? wholeItem(at: joiner.end, joinerStart: joiner.start)
            if let next { result.append(next) }
        }
        for joiner in scan.matches(.joiner, endingAt: range.start) {
            let nameEnd = Self.start(ofNoteEndingAt: joiner.start, scan)
            for length in [3, 2, 4] where nameEnd - length >= 0 {
                let start = nameEnd - length
                guard context.before[start] != .none else { continue }
                let previous = NameReading.readings(at: start, in: scan, stemWordGiven: true).first {
                    $0.range.end == nameEnd && fits($0, joinerStart: joiner.start)
                } ?? wholeItem(at: start, joinerStart: joiner.start, ending: nameEnd)
                if let previous {
                    result.append(previous)
                    break
                }
            }
        }
        return result
    }

    /// The longest note in brackets after a list item's name (`(陈村镇中心学校)`).
    private static let longestNote = 24

    /// The end of a note in brackets that opens at `position`, or `position` when none does.
    private static func end(ofNoteAt position: Int, _ scan: ArticleScan) -> Int {
        guard position < scan.count, scan.scalars[position].isOpeningBracket else { return position }
        var end = position + 1
        while end < scan.count, end - position <= longestNote {
            let scalar = scan.scalars[end]
            if scalar.isClosingBracket { return end + 1 }
            guard !scalar.isSentenceTerminal, scalar != "\n", !scalar.isOpeningBracket else { return position }
            end += 1
        }
        return position
    }

    /// The start of a note in brackets that closes right before `position`, or `position` when
    /// none does.
    private static func start(ofNoteEndingAt position: Int, _ scan: ArticleScan) -> Int {
        guard position > 0, scan.scalars[position - 1].isClosingBracket else { return position }
        var start = position - 2
        while start >= 0, position - start <= longestNote {
            let scalar = scan.scalars[start]
            if scalar.isOpeningBracket { return start }
            guard !scalar.isSentenceTerminal, scalar != "\n", !scalar.isClosingBracket else { return position }
            start -= 1
        }
        return position
    }

    /// Unconfirmed transliterated runs joined to `range` by a joiner on either side
    /// (`内塔尼亚胡和穆巴拉克`).
    private func transliteratedNeighbours(
        of range: ScalarRange, scan: ArticleScan, runs: TransliteratedNames.Result
    ) -> [ScalarRange] {
        var result: [ScalarRange] = []
        for joiner in scan.matches(.joiner, startingAt: range.end) {
            if let next = runs.unconfirmed(startingAt: joiner.end) { result.append(next) }
        }
        for joiner in scan.matches(.joiner, endingAt: range.start) {
            if let previous = runs.unconfirmed(endingAt: joiner.start) { result.append(previous) }
        }
        return result
    }

    /// The byline: 2 to 4 Han characters that end the text on a line of their own (or right
    /// after the last sentence) and read as one name, which starts with no common or not-name word
    /// unless it is a common surname and two given characters of regular use (`王朝阳` past 王朝,
    /// `刘海涛` past 刘海; not `贺岁版`, `信用卡`); its
    /// given name may be a topic or context word after a regular surname (`王建设`).
    private func bylineName(in scan: ArticleScan) -> NameReading? {
        var end = scan.count
        while end > 0, scan.scalars[end - 1].isSpaceLike { end -= 1 }
        var start = end
        while start > 0, scan.scalars[start - 1].isHan, end - start <= 4 { start -= 1 }
        guard (2...4).contains(end - start), start > 0 else { return nil }
        let before = scan.scalars[start - 1]
        guard before == "\n" || before.isSentenceTerminal || before.isClosingQuote || before == " " else { return nil }
        // A given name that is a topic or context word (`王建设`) with a regular surname that is
        // no function word.
        return NameReading.readings(at: start, in: scan, stemWordGiven: true).first {
            $0.range.end == end
                && (!($0.extendsCommonWord || $0.extendsNotName) || ($0.range.count == 3 && $0.surnameFrequency == .common && $0.givenFrequency >= .regular))
                && (!$0.givenIsStemWord || ($0.surnameFrequency >= .regular && !$0.functionSurname))
        }
    }
}
