/// The co-occurrence graph of a corpus, keyed by entity (label and name), built by merging the
/// partial graphs of articles or batches: an article's graph, `newsgraph merge`'s and the
/// partial graph files. (`extract` merges its articles into a leaner run graph that numbers the
/// entities and spills edges to disk.)
///
/// `merge` is associative and commutative as long as every partial graph's `firstSeen`
/// ordinals come from one global article order, so any grouping of the same articles gives the
/// same graph.
public struct CorpusGraph: Sendable, Equatable {
    /// What the corpus says about one entity.
    public struct Node: Sendable, Equatable {
        /// Where the entity first appears: (article sequence, mention index) packed as one
        /// ordinal; entity ids follow this order.
        public var firstSeen: Int64
        /// Mentions over the corpus.
        public var mentions: Int
        /// Articles that mention it.
        public var articles: Int
        /// For persons: how often each title was bound to them (`HOLDS_TITLE`).
        public var titles: [String: Int]

        public init(firstSeen: Int64, mentions: Int, articles: Int, titles: [String: Int] = [:]) {
            self.firstSeen = firstSeen
            self.mentions = mentions
            self.articles = articles
            self.titles = titles
        }

        /// The title held most often; ties go to the lexicographically first.
        public var mostFrequentTitle: String? {
            titles.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }?.key
        }

        /// Adds the counts and titles of `other`; the earlier first appearance wins.
        public mutating func merge(_ other: Node) {
            firstSeen = min(firstSeen, other.firstSeen)
            mentions += other.mentions
            articles += other.articles
            if !other.titles.isEmpty { titles.merge(other.titles, uniquingKeysWith: +) }
        }
    }

    /// An undirected pair of entities, smaller key first.
    public struct Pair: Sendable, Hashable, Comparable {
        public var first: EntityKey
        public var second: EntityKey

        public init(_ a: EntityKey, _ b: EntityKey) {
            if a < b {
                first = a
                second = b
            } else {
                first = b
                second = a
            }
        }

        public static func < (lhs: Pair, rhs: Pair) -> Bool {
            (lhs.first, lhs.second) < (rhs.first, rhs.second)
        }
    }

    public var nodes: [EntityKey: Node] = [:]
    public var edges: [Pair: Edge] = [:]

    public init() {}

    /// Adds everything `other` knows to this graph.
    /// - Complexity: O(size of `other`).
    public mutating func merge(_ other: CorpusGraph) {
        // One hash lookup per entry: an existing one is merged in place.
        for (key, node) in other.nodes {
            if let index = nodes.index(forKey: key) { nodes.values[index].merge(node) } else { nodes[key] = node }
        }
        for (pair, edge) in other.edges {
            if let index = edges.index(forKey: pair) { edges.values[index].merge(edge) } else { edges[pair] = edge }
        }
    }

    /// Counts `sentences`, `articles` and one `relation` on the edge between `a` and `b`, and
    /// widens its date range to `date` when that is a complete date.
    public mutating func addEdge(
        _ a: EntityKey, _ b: EntityKey, sentences: Int = 0, articles: Int = 0, relation: RelationLabel? = nil,
        date: PartialDate?
    ) {
        edges[Pair(a, b), default: Edge(sentences: 0, articles: 0)]
            .count(sentences: sentences, articles: articles, relation: relation, date: date)
    }

    /// Counts one more article, dated `date`, on every edge.
    public mutating func countArticleOnEveryEdge(date: PartialDate?) {
        var index = edges.values.startIndex
        while index != edges.values.endIndex {
            edges.values[index].count(sentences: 0, articles: 1, relation: nil, date: date)
            edges.values.formIndex(after: &index)
        }
    }

    /// Entities in order of first appearance.
    public var nodesInOrder: [(key: EntityKey, node: Node)] {
        nodes.map { ($0.key, $0.value) }.sorted { ($0.node.firstSeen, $0.key) < ($1.node.firstSeen, $1.key) }
    }

    /// Packs an article sequence and a mention index into one `firstSeen` ordinal.
    public static func ordinal(article: Int, mention: Int) -> Int64 {
        Int64(article) << 24 | Int64(mention & 0xFF_FFFF)
    }
}
