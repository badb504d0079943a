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
        let entities = ArticleEntities(mentions: linked.recognized.mentions.map(\.entityKey))
        self.init(linked: linked, entities: entities, numbers: registry.numbers(for: entities), registry: registry)
    }

    /// The article whose mentions' entities are `entities` (made from its mentions), numbered
    /// `numbers` by `registry` (`EntityRegistry.numbers(for:)`).
    public init(linked: LinkedArticle, entities: ArticleEntities, numbers: [Int32], registry: EntityRegistry) {
        self.linked = linked
        let ids = numbers.map { registry.id(ofNumber: $0) }
        mentionEntityIDs = entities.mentionEntities.map { $0 >= 0 ? ids[Int($0)] : nil }
        self.entities = entities.keys.indices.map { entity in
            Entity(id: ids[entity], key: entities.keys[entity], mentions: entities.mentionsByEntity[entity])
        }
    }

    public var recognized: RecognizedArticle { linked.recognized }
}
