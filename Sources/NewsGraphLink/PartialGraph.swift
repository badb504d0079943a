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

    public let window: Window

    public init(window: Window) {
        self.window = window
    }

    /// The article's nodes, edges and person titles.
    /// - Complexity: O(m + r), plus O(e · `PairLimit.article`) for e entities with the article
    ///   window (each entity is paired with the next `PairLimit.article` in order of appearance).
    public func graph(of article: LinkedArticle) -> CorpusGraph {
        let recognized = article.recognized
        let mentions = recognized.mentions
        var graph = CorpusGraph()
        var order: [EntityKey] = []
        for (index, mention) in mentions.enumerated() where mention.label.isGraphNode {
            let key = mention.entityKey
            if graph.nodes[key] == nil {
                let ordinal = CorpusGraph.ordinal(article: recognized.header.sequence, mention: index)
                graph.nodes[key] = CorpusGraph.Node(firstSeen: ordinal, mentions: 0, articles: 1)
                order.append(key)
            }
            graph.nodes[key]!.mentions += 1
        }
        for relation in article.relations {
            let head = mentions[relation.head].entityKey
            let tail = mentions[relation.tail].entityKey
            switch relation.label {
            case .holdsTitle:
                graph.nodes[head]?.titles[tail.name, default: 0] += 1
            case .coOccurs:
                if window == .sentence { add(&graph, head, tail, relation.date, sentences: 1) }
            case .visited, .chaired:
                add(&graph, head, tail, relation.date, typed: relation.label)
            }
        }
        var articlePairs: Set<CorpusGraph.Pair> = []
        switch window {
        case .article:
            PairLimit.forEachPair(count: order.count, limit: PairLimit.article) { a, b in
                articlePairs.insert(CorpusGraph.Pair(order[a], order[b]))
            }
        case .sentence:
            articlePairs = Set(graph.edges.keys)
        }
        for pair in articlePairs {
            add(&graph, pair.first, pair.second, recognized.dateline, articles: 1)
        }
        return graph
    }

    private func add(
        _ graph: inout CorpusGraph, _ a: EntityKey, _ b: EntityKey, _ date: PartialDate?,
        sentences: Int = 0, articles: Int = 0, typed: RelationLabel? = nil
    ) {
        let pair = CorpusGraph.Pair(a, b)
        var edge = graph.edges[pair] ?? CorpusGraph.Edge(sentences: 0, articles: 0)
        edge.sentences += sentences
        edge.articles += articles
        if let typed { edge.relations[typed, default: 0] += 1 }
        if let date, date.isComplete {
            edge.first = [edge.first, date].compactMap { $0 }.min()
            edge.last = [edge.last, date].compactMap { $0 }.max()
        }
        graph.edges[pair] = edge
    }
}
