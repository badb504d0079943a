import NewsGraphCore

/// Encodes one committed article as one line of `articles.jsonl` (schema `newsgraph/1`,
/// `../shared/schemas/jsonl/article.schema.json`), keys in a fixed order.
public enum JSONLinesWriter {
    /// The schema tag written to every line.
    public static let schema = "newsgraph/1"

    /// The line's bytes, ending with `\n`.
    /// - Complexity: O(n + m + r) in text length, mentions and relations.
    public static func line(for article: CommittedArticle) -> [UInt8] {
        let recognized = article.recognized
        let header = recognized.header
        var out = JSONOutput(reservingCapacity: recognized.text.utf8.count * 2 + 512)
        out.raw("{")
        out.key("schema"); out.string(schema)
        out.raw(","); out.key("id"); out.string(header.id)
        out.raw(","); out.key("source"); source(header.source, into: &out)
        out.raw(","); out.key("title"); out.string(header.title ?? "")
        out.raw(","); out.key("date"); out.string(recognized.dateline?.iso)
        out.raw(","); out.key("reporters"); out.raw("[")
        for (index, name) in recognized.reporters.enumerated() {
            if index > 0 { out.raw(",") }
            out.string(name)
        }
        out.raw("]")
        out.raw(","); out.key("offset_unit"); out.string("codepoint")
        out.raw(","); out.key("text"); out.string(recognized.text)
        out.raw(","); out.key("sents"); out.raw("[")
        for (index, sentence) in recognized.sentences.enumerated() {
            if index > 0 { out.raw(",") }
            out.raw("{"); out.key("id"); out.id("s", index + 1)
            out.raw(","); out.key("start"); out.int(sentence.start)
            out.raw(","); out.key("end"); out.int(sentence.end)
            out.raw("}")
        }
        out.raw("]")
        out.raw(","); out.key("mentions"); out.raw("[")
        for (index, mention) in recognized.mentions.enumerated() {
            if index > 0 { out.raw(",") }
            self.mention(mention, index: index, entityID: article.mentionEntityIDs[index], into: &out)
        }
        out.raw("]")
        out.raw(","); out.key("entities"); out.raw("[")
        for (index, entity) in article.entities.enumerated() {
            if index > 0 { out.raw(",") }
            out.raw("{"); out.key("id"); out.string(entity.id)
            out.raw(","); out.key("label"); out.string(entity.key.label.rawValue)
            out.raw(","); out.key("name"); out.string(entity.key.name)
            out.raw(","); out.key("mentions"); out.raw("[")
            for (position, mention) in entity.mentions.enumerated() {
                if position > 0 { out.raw(",") }
                out.id("m", mention + 1)
            }
            out.raw("]}")
        }
        out.raw("]")
        out.raw(","); out.key("relations"); out.raw("[")
        for (index, relation) in article.linked.relations.enumerated() {
            if index > 0 { out.raw(",") }
            self.relation(relation, index: index, article: article, into: &out)
        }
        out.raw("]}\n")
        return out.bytes
    }

    private static func source(_ source: SourceInfo, into out: inout JSONOutput) {
        out.raw("{"); out.key("newspaper"); out.string(source.newspaper)
        out.raw(","); out.key("date"); out.string(source.date?.iso)
        out.raw(","); out.key("page"); out.string(source.page)
        out.raw(","); out.key("url"); out.string(source.url)
        out.raw(","); out.key("file"); out.string(source.file)
        out.raw(","); out.key("line")
        if let line = source.line { out.int(line) } else { out.raw("null") }
        out.raw("}")
    }

    private static func mention(_ mention: Mention, index: Int, entityID: String?, into out: inout JSONOutput) {
        out.raw("{"); out.key("id"); out.id("m", index + 1)
        out.raw(","); out.key("start"); out.int(mention.range.start)
        out.raw(","); out.key("end"); out.int(mention.range.end)
        out.raw(","); out.key("text"); out.string(mention.text)
        out.raw(","); out.key("label"); out.string(mention.label.rawValue)
        if let entityID {
            out.raw(","); out.key("kb_id"); out.string(entityID)
        }
        out.raw(","); out.key("sent"); out.id("s", mention.sentence + 1)
        if let date = mention.date {
            out.raw(","); out.key("norm"); out.string(date.norm.iso)
            if let resolved = date.resolved {
                out.raw(","); out.key("resolved"); out.string(resolved.iso)
            }
        }
        out.raw(","); out.key("rule"); out.string(mention.provenance)
        out.raw("}")
    }

    private static func relation(_ relation: Relation, index: Int, article: CommittedArticle, into out: inout JSONOutput) {
        out.raw("{"); out.key("id"); out.id("r", index + 1)
        out.raw(","); out.key("label"); out.string(relation.label.rawValue)
        out.raw(","); out.key("head"); out.string(article.mentionEntityIDs[relation.head])
        out.raw(","); out.key("tail"); out.string(article.mentionEntityIDs[relation.tail])
        out.raw(","); out.key("evidence"); out.raw("[")
        out.id("m", relation.head + 1); out.raw(","); out.id("m", relation.tail + 1)
        out.raw("]")
        out.raw(","); out.key("sent"); out.id("s", relation.sentence + 1)
        if let date = relation.date {
            out.raw(","); out.key("date"); out.string(date.iso)
        }
        out.raw(","); out.key("rule"); out.string(relation.provenance)
        out.raw("}")
    }
}

extension JSONOutput {
    /// Appends a quoted local id such as `"m12"`: a one-letter prefix and a number.
    mutating func id(_ prefix: StaticString, _ number: Int) {
        raw("\"")
        raw(prefix)
        int(number)
        raw("\"")
    }
}
