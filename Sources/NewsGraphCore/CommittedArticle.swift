/// A linked article after the commit step gave its entities their run-wide ids: what the
/// exporters write.
public struct CommittedArticle: Sendable {
    /// One entity as it appears in this article.
    public struct Entity: Sendable, Equatable {
        public var id: String
        public var key: EntityKey
        /// Indices of its mentions in this article, in order.
        public var mentions: [Int]
    }

    public var linked: LinkedArticle
    /// Per mention: its entity id (nil for dates).
    public var mentionEntityIDs: [String?]
    /// The article's entities in order of first mention.
    public var entities: [Entity]

    /// Assigns ids through `registry` (in mention order) and groups mentions by entity.
    public init(linked: LinkedArticle, registry: inout EntityRegistry) {
        let entities = ArticleEntities(mentions: linked.recognized.mentions.map(\.entityKey), graph: CorpusGraph())
        self.init(linked: linked, entities: entities, numbers: registry.numbers(for: entities), registry: registry)
    }

    /// The article whose mentions' entities are `entities` (made from its mentions), numbered
    /// `numbers` by `registry` (`EntityRegistry.numbers(for:)`).
    public init(linked: LinkedArticle, entities: ArticleEntities, numbers: [Int32], registry: EntityRegistry) {
        self.linked = linked
        var grouped = zip(entities.keys, numbers).map { key, number in Entity(id: registry.id(ofNumber: number), key: key, mentions: []) }
        mentionEntityIDs = entities.mentionEntities.enumerated().map { index, entity in
            guard entity >= 0 else { return nil }
            grouped[Int(entity)].mentions.append(index)
            return grouped[Int(entity)].id
        }
        self.entities = grouped
    }

    public var recognized: RecognizedArticle { linked.recognized }
}
