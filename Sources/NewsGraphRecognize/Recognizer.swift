import NewsGraphCore

/// The recognition stage: normalised article in, non-overlapping mentions out.
///
/// Runs every recogniser over one `ArticleScan`, lets `OverlapPolicy` choose, keeps office-only
/// titles that stand next to a person, finds the other occurrences of each person's name and
/// the short forms of companies named in full (`CompanyShortNames`), and
/// makes a body and the title of the person after it one title (`BodyTitles`).
/// Stateless and `Sendable`: one value serves every worker.
public struct Recognizer: Sendable {
    public let resources: RecognitionResources

    public init(resources: RecognitionResources) {
        self.resources = resources
    }

    /// Recognises the mentions of one article.
    /// - Complexity: O(n·k) in the article length n and the longest dictionary match k.
    public func recognize(_ article: NormalizedArticle) -> RecognizedArticle {
        var scan = ArticleScan(scalars: article.analysis, resources: resources)
        let dateContext = DateRecognizer.Context(
            year: article.header.contextYear, month: article.header.source.date?.month,
            day: article.header.source.date?.day
        )
        let dates = DateRecognizer(context: dateContext).candidates(in: scan)
        for date in dates { scan.markBoundary(at: date.range.end) }
        var places = PlaceRecognizer().candidates(in: scan) + PlaceAbbreviations().candidates(in: scan)
        places += CountyShortNames.candidates(in: scan, places: places) + ShortVillageChains.candidates(in: scan, places: places)
        let titlesAndBodies = TitleRecognizer().candidates(in: scan, places: places)
        let titles = titlesAndBodies.filter { $0.label == .title }
        var candidates = dates + places + titles
        let bodies = titlesAndBodies.filter { $0.label == .org } + OrganizationRecognizer().candidates(in: scan)
        candidates += bodies + NestedBodies.candidates(in: scan, bodies: bodies)
        candidates += MeetingRecognizer().candidates(in: scan, dates: dates, companies: candidates.filter { $0.label == .enterprise })
        let people = PersonRecognizer().candidates(in: scan, titles: titles, others: candidates)
        candidates += people.persons

        var chosen = OverlapPolicy.resolve(candidates)
        // Dropping a title with no person may let a shorter one in (委员 of 县政协委员), checked
        // in turn; each round removes a candidate, so this ends.
        while case let unconfirmed = TitleConfirmation.unconfirmedTitles(in: chosen, scalars: scan.scalars), !unconfirmed.isEmpty {
            candidates.removeAll { unconfirmed.contains($0) }
            chosen = OverlapPolicy.resolve(candidates)
        }
        let repeats = NameRepetition.candidates(for: chosen, in: scan.scalars)
            + CompanyShortNames.candidates(for: chosen, places: places, in: scan)
            + SightShortNames.candidates(for: chosen, in: scan)
        if !repeats.isEmpty {
            chosen = OverlapPolicy.resolve(candidates + repeats)
        }
        // A place inside the name of a work (《中华人民共和国民法典》, 《关于推进横水镇…的意见》) is
        // part of that name, as a person there is, not a place the article names.
        let merged = BodyTitles.merged(chosen, scalars: scan.scalars, home: scan.resources.homeCounty)
            .filter { $0.label != .place || !scan.insideWorkName[$0.range.start] }
        return assemble(article, chosen: merged, reporters: people.reporters)
    }

    /// Maps the chosen candidates to text offsets and builds the recognised article.
    private func assemble(_ article: NormalizedArticle, chosen: [Candidate], reporters: [ScalarRange]) -> RecognizedArticle {
        let ranges = chosen.map { article.offsets.textRange($0.range) }
        let texts = TextSlices.strings(of: ranges, in: article.text)
        let mentions = chosen.indices.map { index -> Mention in
            let candidate = chosen[index]
            let range = ranges[index]
            return Mention(
                range: range, label: candidate.label, text: texts[index],
                provenance: candidate.provenance, date: candidate.date,
                sentence: Self.sentenceIndex(of: range.start, in: article.sentences)
            )
        }
        let personRanges = Set(chosen.filter { $0.label == .person }.map(\.range))
        let reporterNames = reporters.filter { personRanges.contains($0) }.map { article.analysis.string($0) }
        var dateline = article.header.source.date
        if let first = mentions.first(where: { $0.label == .date && $0.sentence == 0 }),
           let resolved = first.date?.resolved, resolved.isComplete {
            dateline = resolved
        }
        return RecognizedArticle(
            header: article.header, text: article.text, sentences: article.sentences, mentions: mentions,
            reporters: Self.unique(reporterNames), dateline: dateline
        )
    }

    /// The index of the sentence containing `offset` (the last sentence starting at or before it).
    static func sentenceIndex(of offset: Int, in sentences: [ScalarRange]) -> Int {
        var low = 0
        var high = sentences.count
        while low < high {
            let mid = (low + high) / 2
            if sentences[mid].start <= offset { low = mid + 1 } else { high = mid }
        }
        return max(0, low - 1)
    }

    private static func unique(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        return names.filter { seen.insert($0).inserted }
    }
}
