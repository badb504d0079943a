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

    /// The article's entities with its nodes, edges and person titles.
    public func entities(of article: LinkedArticle) -> ArticleEntities {
        var entities = ArticleEntities(mentions: article.recognized.mentions.map(\.entityKey))
        let relations = article.relations.compactMap { relation -> IndexedRelation? in
            let head = entities.mentionEntities[relation.head], tail = entities.mentionEntities[relation.tail]
            return head >= 0 && tail >= 0 ? (relation.label, head, tail, relation.date) : nil
        }
        addGraph(to: &entities, relations: relations, sequence: article.recognized.header.sequence, dateline: article.recognized.dateline)
        return entities
    }

    /// The graph of an article's facts, keyed by entity. Relations between entities that are
    /// not among the mentions are left out.
    public func graph(of facts: ArticleFacts) -> CorpusGraph {
        var entities = ArticleEntities(mentions: facts.mentions)
        let relations = facts.relations.compactMap { relation -> IndexedRelation? in
            guard let head = entities.entity(of: relation.head), let tail = entities.entity(of: relation.tail) else { return nil }
            return (relation.label, head, tail, relation.date)
        }
        addGraph(to: &entities, relations: relations, sequence: facts.sequence, dateline: facts.dateline)
        return entities.graph
    }

    /// A relation between two of an article's entities, by index.
    private typealias IndexedRelation = (label: RelationLabel, head: Int32, tail: Int32, date: PartialDate?)

    /// Adds the article's partial graph to `entities`: nodes count mentions, edges count the
    /// sentences (from `CO_OCCURS`) or the article naming both ends, typed relations are
    /// counted on their edge, and `HOLDS_TITLE` counts the title on the person's node.
    /// - Complexity: O(m + r), plus O(e · `PairLimit.article`) for e entities with the article
    ///   window (each entity is paired with the next `PairLimit.article` in order of appearance).
    private func addGraph(to entities: inout ArticleEntities, relations: [IndexedRelation], sequence: Int, dateline: PartialDate?) {
        let keys = entities.keys
        var nodes: [ArticleEntities.IndexedNode] = []
        var nodeOfEntity = [Int32](repeating: -1, count: keys.count)
        for (index, entity) in entities.mentionEntities.enumerated() where entity >= 0 && keys[Int(entity)].label.isGraphNode {
            if nodeOfEntity[Int(entity)] < 0 {
                nodeOfEntity[Int(entity)] = Int32(nodes.count)
                let ordinal = CorpusGraph.ordinal(article: sequence, mention: index)
                nodes.append((entity, CorpusGraph.Node(firstSeen: ordinal, mentions: 0, articles: 1)))
            }
            nodes[Int(nodeOfEntity[Int(entity)])].node.mentions += 1
        }
        var edges = IndexedEdges()
        for relation in relations {
            switch relation.label {
            case .holdsTitle:
                let node = nodeOfEntity[Int(relation.head)]
                if node >= 0 { nodes[Int(node)].node.titles[keys[Int(relation.tail)].name, default: 0] += 1 }
            case .coOccurs:
                if window == .sentence { edges.count(relation.head, relation.tail, sentences: 1, date: relation.date) }
            case .visited, .chaired:
                edges.count(relation.head, relation.tail, relation: relation.label, date: relation.date)
            }
        }
        switch window {
        case .article:
            PairLimit.forEachPair(count: nodes.count, limit: PairLimit.article) { a, b in
                edges.count(nodes[a].entity, nodes[b].entity, articles: 1, date: dateline)
            }
        case .sentence:
            edges.countArticleOnEveryEdge(date: dateline)
        }
        entities.nodes = nodes
        entities.edges = edges.all
    }
}

/// The edges of one article's partial graph, by the indices of their ends (either order).
private struct IndexedEdges {
    private(set) var all: [ArticleEntities.IndexedEdge] = []
    private var position: [UInt64: Int] = [:]

    /// Counts on the edge between `a` and `b` as `CorpusGraph.Edge.count` does.
    mutating func count(
        _ a: Int32, _ b: Int32, sentences: Int = 0, articles: Int = 0, relation: RelationLabel? = nil, date: PartialDate?
    ) {
        let (low, high) = a < b ? (a, b) : (b, a)
        let key = UInt64(UInt32(bitPattern: low)) << 32 | UInt64(UInt32(bitPattern: high))
        let index = position[key] ?? {
            position[key] = all.count
            all.append((low, high, CorpusGraph.Edge(sentences: 0, articles: 0)))
            return all.count - 1
        }()
        all[index].edge.count(sentences: sentences, articles: articles, relation: relation, date: date)
    }

    /// Counts one more article, dated `date`, on every edge.
    mutating func countArticleOnEveryEdge(date: PartialDate?) {
        for index in all.indices { all[index].edge.count(sentences: 0, articles: 1, relation: nil, date: date) }
    }
}
