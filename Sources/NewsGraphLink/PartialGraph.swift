import NewsGraphCore

/// Builds the partial co-occurrence graph of one article, to be merged into the corpus graph.
public struct PartialGraphBuilder: Sendable {
    /// What an edge weight counts.
    public enum Window: String, Sendable, CaseIterable {
        /// Pairs named in one sentence (weights count sentences).
        case sentence
        /// Pairs named in one article (weights count articles).
        case article
    }

    /// What the graph needs to know of an article, however it was read.
    public struct ArticleFacts {
        /// The entity of each mention, in mention order.
        public var mentions: [EntityKey]
        /// Relations between entities, with their dates.
        public var relations: [(label: RelationLabel, head: EntityKey, tail: EntityKey, date: PartialDate?)]
        /// The article's position in its input (orders first appearances).
        public var sequence: Int
        /// The article's own date.
        public var dateline: PartialDate?

        public init(
            mentions: [EntityKey], relations: [(label: RelationLabel, head: EntityKey, tail: EntityKey, date: PartialDate?)],
            sequence: Int, dateline: PartialDate?
        ) {
            self.mentions = mentions
            self.relations = relations
            self.sequence = sequence
            self.dateline = dateline
        }
    }

    public let window: Window

    public init(window: Window) {
        self.window = window
    }

    /// The article's nodes, edges and person titles.
    public func graph(of article: LinkedArticle) -> CorpusGraph {
        let keys = article.recognized.mentions.map(\.entityKey)
        return graph(of: ArticleFacts(
            mentions: keys,
            relations: article.relations.map { ($0.label, keys[$0.head], keys[$0.tail], $0.date) },
            sequence: article.recognized.header.sequence, dateline: article.recognized.dateline
        ))
    }

    /// The graph of an article's facts: nodes count mentions, edges count the sentences (from
    /// `CO_OCCURS`) or the article naming both ends, typed relations are counted on their edge.
    /// - Complexity: O(m + r), plus O(e · `PairLimit.article`) for e entities with the article
    ///   window (each entity is paired with the next `PairLimit.article` in order of appearance).
    public func graph(of facts: ArticleFacts) -> CorpusGraph {
        var graph = CorpusGraph()
        var order: [EntityKey] = []
        for (index, key) in facts.mentions.enumerated() where key.label.isGraphNode {
            if graph.nodes[key] == nil {
                let ordinal = CorpusGraph.ordinal(article: facts.sequence, mention: index)
                graph.nodes[key] = CorpusGraph.Node(firstSeen: ordinal, mentions: 0, articles: 1)
                order.append(key)
            }
            graph.nodes[key]!.mentions += 1
        }
        for relation in facts.relations {
            switch relation.label {
            case .holdsTitle:
                graph.nodes[relation.head]?.titles[relation.tail.name, default: 0] += 1
            case .coOccurs:
                if window == .sentence { graph.addEdge(relation.head, relation.tail, sentences: 1, date: relation.date) }
            case .visited, .chaired:
                graph.addEdge(relation.head, relation.tail, relation: relation.label, date: relation.date)
            }
        }
        switch window {
        case .article:
            var articlePairs: Set<CorpusGraph.Pair> = []
            PairLimit.forEachPair(count: order.count, limit: PairLimit.article) { a, b in
                articlePairs.insert(CorpusGraph.Pair(order[a], order[b]))
            }
            for pair in articlePairs {
                graph.addEdge(pair.first, pair.second, articles: 1, date: facts.dateline)
            }
        case .sentence:
            graph.countArticleOnEveryEdge(date: facts.dateline)
        }
        return graph
    }
}
