extension CorpusGraph {
    /// What the corpus says about one pair of entities, in 40 bytes: a run's graph keeps one
    /// per pair of entities named together, often millions.
    ///
    /// Counts are stored as `UInt32` and saturate at its maximum (4,294,967,295) rather than trap.
    public struct Edge: Sendable, Equatable {
        private var storedSentences: UInt32 = 0
        private var storedArticles: UInt32 = 0
        /// How often each `RelationLabel` was found, by `RelationLabel.order`.
        private var holdsTitle: UInt32 = 0
        private var visited: UInt32 = 0
        private var chaired: UInt32 = 0
        private var coOccurs: UInt32 = 0
        /// The date range; `PartialDate()` (no part known, never a date of a text) when unknown.
        private var storedFirst = PartialDate()
        private var storedLast = PartialDate()

        /// Sentences naming both.
        public var sentences: Int {
            get { Int(storedSentences) }
            set { storedSentences = UInt32(clamping: newValue) }
        }

        /// Articles naming both.
        public var articles: Int {
            get { Int(storedArticles) }
            set { storedArticles = UInt32(clamping: newValue) }
        }

        /// Earliest date of the sentences or articles that link them.
        public var first: PartialDate? {
            get { storedFirst == PartialDate() ? nil : storedFirst }
            set { storedFirst = newValue ?? PartialDate() }
        }

        /// Latest date of the sentences or articles that link them.
        public var last: PartialDate? {
            get { storedLast == PartialDate() ? nil : storedLast }
            set { storedLast = newValue ?? PartialDate() }
        }

        public init(sentences: Int, articles: Int, relations: [RelationLabel: Int] = [:], first: PartialDate? = nil, last: PartialDate? = nil) {
            self.sentences = sentences
            self.articles = articles
            for (label, count) in relations { self[count: label] = count }
            self.first = first
            self.last = last
        }

        /// How often the typed relation `label` (`VISITED`, `CHAIRED`) was found between them.
        public subscript(count label: RelationLabel) -> Int {
            get {
                switch label {
                case .holdsTitle: Int(holdsTitle)
                case .visited: Int(visited)
                case .chaired: Int(chaired)
                case .coOccurs: Int(coOccurs)
                }
            }
            set {
                switch label {
                case .holdsTitle: holdsTitle = UInt32(clamping: newValue)
                case .visited: visited = UInt32(clamping: newValue)
                case .chaired: chaired = UInt32(clamping: newValue)
                case .coOccurs: coOccurs = UInt32(clamping: newValue)
                }
            }
        }

        /// The typed relations found between them, in label order, with their counts.
        public var relations: [(label: RelationLabel, count: Int)] {
            RelationLabel.allCases.compactMap { label in
                let count = self[count: label]
                return count > 0 ? (label, count) : nil
            }
        }

        /// Whether any typed relation was found between them.
        public var hasRelations: Bool { holdsTitle | visited | chaired | coOccurs != 0 }

        /// Counts `sentences`, `articles` and one `relation`, and widens the date range to `date`
        /// when that is a complete date.
        public mutating func count(sentences: Int, articles: Int, relation: RelationLabel?, date: PartialDate?) {
            storedSentences.addSaturating(UInt32(clamping: sentences))
            storedArticles.addSaturating(UInt32(clamping: articles))
            if let relation { self[count: relation] += 1 }
            if let date, date.isComplete { widen(first: date, last: date) }
        }

        /// Adds the counts of `other` and widens the date range to include its range.
        public mutating func merge(_ other: Edge) {
            storedSentences.addSaturating(other.storedSentences)
            storedArticles.addSaturating(other.storedArticles)
            holdsTitle.addSaturating(other.holdsTitle)
            visited.addSaturating(other.visited)
            chaired.addSaturating(other.chaired)
            coOccurs.addSaturating(other.coOccurs)
            widen(first: other.storedFirst, last: other.storedLast)
        }

        /// Widens the date range to `first` ... `last`; an unknown end leaves its side as it is.
        private mutating func widen(first: PartialDate, last: PartialDate) {
            if first != PartialDate() { storedFirst = storedFirst == PartialDate() ? first : min(storedFirst, first) }
            if last != PartialDate() { storedLast = storedLast == PartialDate() ? last : max(storedLast, last) }
        }
    }
}

extension UInt32 {
    /// Adds `other`, stopping at `UInt32.max` instead of trapping.
    mutating func addSaturating(_ other: UInt32) {
        let (sum, overflow) = addingReportingOverflow(other)
        self = overflow ? .max : sum
    }
}
