/// The entities of one article, made ready for the commit step by the worker that processed
/// the article: its distinct entity keys that take ids (all but dates), in order of first
/// mention and with their `EntityNumbers` hashes, and its mentions and partial graph by index
/// into them. The committing thread then looks each entity up once and hashes no name.
public struct ArticleEntities: Sendable {
    /// A partial graph node by entity index.
    public typealias IndexedNode = (entity: Int32, node: CorpusGraph.Node)
    /// A partial graph edge by the entity indices of its ends.
    public typealias IndexedEdge = (a: Int32, b: Int32, edge: CorpusGraph.Edge)

    /// Distinct keys with ids, in order of first mention, and their `EntityNumbers` hashes.
    private var table = EntityNumbers()
    /// Per mention: its index in `keys`, or -1 for a mention without id (a date).
    public private(set) var mentionEntities: [Int32] = []
    /// Per entity: the indices of its mentions, in order.
    public private(set) var mentionsByEntity: [[Int]] = []
    /// The nodes of the partial graph whose entities take ids (set by the graph builder).
    public var nodes: [IndexedNode] = []
    /// The edges of the partial graph between entities that take ids (set by the graph builder).
    public var edges: [IndexedEdge] = []

    /// The article's distinct keys with ids, in order of first mention.
    public var keys: [EntityKey] { table.keys }
    /// The `EntityNumbers` hash of each key.
    public var hashes: [UInt64] { table.hashes }

    /// The entities of `mentions` (an article's mention keys, in order), with no graph yet.
    public init(mentions: [EntityKey]) {
        mentionEntities.reserveCapacity(mentions.count)
        for (index, key) in mentions.enumerated() {
            guard key.label.entityIDPrefix != nil else {
                mentionEntities.append(-1)
                continue
            }
            let (entity, inserted) = table.insert(key)
            if inserted { mentionsByEntity.append([index]) } else { mentionsByEntity[Int(entity)].append(index) }
            mentionEntities.append(entity)
        }
    }

    /// The index of `key` among the article's entities, if it is one of them.
    public func entity(of key: EntityKey) -> Int32? {
        table.number(of: key)
    }

    /// The partial graph keyed by entity, as `CorpusGraph.merge` takes it.
    public var graph: CorpusGraph {
        var graph = CorpusGraph()
        let keys = table.keys
        for (entity, node) in nodes { graph.nodes[keys[Int(entity)]] = node }
        for (a, b, edge) in edges { graph.edges[CorpusGraph.Pair(keys[Int(a)], keys[Int(b)])] = edge }
        return graph
    }
}
