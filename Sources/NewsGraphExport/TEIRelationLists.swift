import NewsGraphCore

/// An article's `standOff`: `listRelation type="extracted"` (holdsTitle, visited, chaired, with
/// `active`, `passive` and the date as `when`) and `listRelation type="cooccurrence"` (`mutual`),
/// each relation pointing at its sentence with `corresp`. Relations between mentions without
/// entity ids are left out.
///
/// The `relation` elements, one per line, are built as bytes and handed to the writer raw: an
/// article has a relation per pair of entities of a sentence, where a writer call per attribute
/// would cost more than the rest of the article.
enum TEIRelationLists {
    /// A relation with the entity ids of its two mentions.
    private typealias Identified = (relation: Relation, head: String, tail: String)

    static func write(_ article: CommittedArticle, articleID: String, into writer: XMLTextWriter) {
        let ids = article.mentionEntityIDs
        let relations: [Identified] = article.linked.relations.compactMap { relation in
            guard let head = ids[relation.head], let tail = ids[relation.tail] else { return nil }
            return (relation, head, tail)
        }
        guard !relations.isEmpty else { return }
        let extracted = relations.filter { $0.relation.label != .coOccurs }
        let cooccurring = relations.filter { $0.relation.label == .coOccurs }
        writer.start("standOff")
        if !extracted.isEmpty {
            writer.start("listRelation", ["type": "extracted"])
            var lines = ByteBuffer(capacity: 192 * extracted.count)
            for (relation, head, tail) in extracted {
                lines.append("\n        <relation active=\"#")
                lines.appendXMLAttributeValue(head)
                lines.append(UInt8(ascii: "\""))
                correspondence(relation, articleID: articleID, into: &lines)
                lines.append(" name=\"")
                lines.append(contentsOf: relation.label.teiName)
                lines.append("\" passive=\"#")
                lines.appendXMLAttributeValue(tail)
                lines.append("\" resp=\"#extractor\"")
                if let date = relation.date {
                    lines.append(" when=\"")
                    lines.appendXMLAttributeValue(date.iso)
                    lines.append(UInt8(ascii: "\""))
                }
                lines.append("/>")
            }
            writer.end(with: lines)
        }
        if !cooccurring.isEmpty {
            writer.start("listRelation", ["type": "cooccurrence"])
            var lines = ByteBuffer(capacity: 160 * cooccurring.count)
            for (relation, head, tail) in cooccurring {
                lines.append("\n        <relation")
                correspondence(relation, articleID: articleID, into: &lines)
                lines.append(" mutual=\"#")
                lines.appendXMLAttributeValue(head)
                lines.append(" #")
                lines.appendXMLAttributeValue(tail)
                lines.append("\" name=\"")
                lines.append(contentsOf: relation.label.teiName)
                lines.append("\" type=\"sentence\"/>")
            }
            writer.end(with: lines)
        }
        writer.end()
    }

    /// ` corresp="#art_00001_s3"`: the relation's sentence.
    private static func correspondence(_ relation: Relation, articleID: String, into lines: inout ByteBuffer) {
        lines.append(" corresp=\"#")
        lines.append(contentsOf: articleID)
        lines.append("_s")
        lines.appendDecimal(relation.sentence + 1)
        lines.append(UInt8(ascii: "\""))
    }
}
