import NewsGraphCore

/// Encodes one committed article as one line of `articles.jsonl` (schema `newsgraph/1`,
/// `../shared/schemas/jsonl/article.schema.json`), keys in a fixed order.
///
/// Each key is written with its punctuation as one literal (`,"start":`): a line has about ten
/// pieces per mention and relation, so fewer, larger appends matter.
public enum JSONLinesWriter {
    /// The schema tag written to every line.
    public static let schema = "newsgraph/1"

    /// The line's bytes, ending with `\n`.
    /// - Complexity: O(n + m + r) in text length, mentions and relations.
    public static func line(for article: CommittedArticle) -> [UInt8] {
        let linked = article.linked
        let recognized = linked.recognized
        let header = recognized.header
        var out = JSONOutput(reservingCapacity: estimatedSize(of: article))
        out.raw("{\"schema\":"); out.string(schema)
        out.raw(",\"id\":"); out.string(header.id)
        out.raw(",\"source\":"); source(header.source, into: &out)
        out.raw(",\"title\":"); out.string(header.title ?? "")
        out.raw(",\"date\":"); date(recognized.dateline, into: &out)
        out.raw(",\"reporters\":[")
        for (index, name) in recognized.reporters.enumerated() {
            if index > 0 { out.raw(",") }
            out.string(name)
        }
        out.raw("],\"offset_unit\":\"codepoint\",\"text\":"); out.string(recognized.text)
        out.raw(",\"sents\":[")
        for (index, sentence) in recognized.sentences.enumerated() {
            out.raw(index > 0 ? ",{\"id\":\"s" : "{\"id\":\"s"); out.int(index + 1)
            out.raw("\",\"start\":"); out.int(sentence.start)
            out.raw(",\"end\":"); out.int(sentence.end)
            out.raw("}")
        }
        out.raw("],\"mentions\":[")
        for (index, mention) in recognized.mentions.enumerated() {
            if index > 0 { out.raw(",") }
            self.mention(mention, index: index, entityID: article.mentionEntityIDs[index], into: &out)
        }
        out.raw("],\"entities\":[")
        for (index, entity) in article.entities.enumerated() {
            out.raw(index > 0 ? ",{\"id\":" : "{\"id\":"); out.string(entity.id)
            out.raw(",\"label\":"); out.string(entity.key.label.rawValue)
            out.raw(",\"name\":"); out.string(entity.key.name)
            out.raw(",\"mentions\":[")
            for (position, mention) in entity.mentions.enumerated() {
                out.raw(position > 0 ? ",\"m" : "\"m"); out.int(mention + 1); out.raw("\"")
            }
            out.raw("]}")
        }
        out.raw("],\"relations\":[")
        for (index, relation) in linked.relations.enumerated() {
            if index > 0 { out.raw(",") }
            self.relation(relation, index: index, entityIDs: article.mentionEntityIDs, into: &out)
        }
        out.raw("]}\n")
        return out.bytes
    }

    /// Room for the whole line as a rule, so that it is built without regrowing.
    private static func estimatedSize(of article: CommittedArticle) -> Int {
        let recognized = article.linked.recognized
        return recognized.text.utf8.count + 48 * recognized.sentences.count + 192 * recognized.mentions.count
            + 96 * article.entities.count + 224 * article.linked.relations.count + 1024
    }

    private static func source(_ source: SourceInfo, into out: inout JSONOutput) {
        out.raw("{\"newspaper\":"); out.string(source.newspaper)
        out.raw(",\"date\":"); date(source.date, into: &out)
        out.raw(",\"page\":"); out.string(source.page)
        out.raw(",\"url\":"); out.string(source.url)
        out.raw(",\"file\":"); out.string(source.file)
        out.raw(",\"line\":")
        if let line = source.line { out.int(line) } else { out.raw("null") }
        out.raw("}")
    }

    private static func mention(_ mention: Mention, index: Int, entityID: String?, into out: inout JSONOutput) {
        out.raw("{\"id\":\"m"); out.int(index + 1)
        out.raw("\",\"start\":"); out.int(mention.range.start)
        out.raw(",\"end\":"); out.int(mention.range.end)
        out.raw(",\"text\":"); out.string(mention.text)
        out.raw(",\"label\":"); out.string(mention.label.rawValue)
        if let entityID {
            out.raw(",\"kb_id\":"); out.string(entityID)
        }
        out.raw(",\"sent\":\"s"); out.int(mention.sentence + 1)
        out.raw("\"")
        if let date = mention.date {
            out.raw(",\"norm\":"); out.date(date.norm)
            if let resolved = date.resolved {
                out.raw(",\"resolved\":"); out.date(resolved)
            }
        }
        out.raw(",\"rule\":"); out.string(mention.provenance)
        out.raw("}")
    }

    private static func relation(
        _ relation: Relation, index: Int, entityIDs: [String?], into out: inout JSONOutput
    ) {
        out.raw("{\"id\":\"r"); out.int(index + 1)
        out.raw("\",\"label\":"); out.string(relation.label.rawValue)
        out.raw(",\"head\":"); out.string(entityIDs[relation.head])
        out.raw(",\"tail\":"); out.string(entityIDs[relation.tail])
        out.raw(",\"evidence\":[\"m"); out.int(relation.head + 1)
        out.raw("\",\"m"); out.int(relation.tail + 1)
        out.raw("\"],\"sent\":\"s"); out.int(relation.sentence + 1)
        out.raw("\"")
        if let date = relation.date {
            out.raw(",\"date\":"); out.date(date)
        }
        out.raw(",\"rule\":"); out.string(relation.provenance)
        out.raw("}")
    }

    private static func date(_ date: PartialDate?, into out: inout JSONOutput) {
        if let date { out.date(date) } else { out.raw("null") }
    }
}
