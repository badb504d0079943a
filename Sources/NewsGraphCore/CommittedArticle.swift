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
        self.linked = linked
        var ids: [String?] = []
        var entities: [Entity] = []
        var position: [String: Int] = [:]
        for (index, mention) in linked.recognized.mentions.enumerated() {
            let id = registry.id(for: mention.entityKey)
            ids.append(id)
            guard let id else { continue }
            if let at = position[id] {
                entities[at].mentions.append(index)
            } else {
                position[id] = entities.count
                entities.append(Entity(id: id, key: mention.entityKey, mentions: [index]))
            }
        }
        mentionEntityIDs = ids
        self.entities = entities
    }

    public var recognized: RecognizedArticle { linked.recognized }
}
