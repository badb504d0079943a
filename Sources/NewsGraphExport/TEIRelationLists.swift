import NewsGraphCore

/// An article's `standOff`: `listRelation type="extracted"` (holdsTitle, visited, chaired, with
/// `active`, `passive` and the date as `when`) and `listRelation type="cooccurrence"` (`mutual`),
/// each relation pointing at its sentence with `corresp`. Relations between mentions without
/// entity ids are left out.
enum TEIRelationLists {
    /// Appends the `standOff`, if the article has relations.
    static func append(_ article: CommittedArticle, articleID: String, to out: inout ByteBuffer) {
        let ids = article.mentionEntityIDs
        let relations = article.linked.relations
        func hasIDs(_ relation: Relation) -> Bool { ids[relation.head] != nil && ids[relation.tail] != nil }
        let hasExtracted = relations.contains { $0.label != .coOccurs && hasIDs($0) }
        let hasCooccurring = relations.contains { $0.label == .coOccurs && hasIDs($0) }
        guard hasExtracted || hasCooccurring else { return }
        out.append("    <standOff>\n")
        if hasExtracted {
            out.append("      <listRelation type=\"extracted\">")
            for relation in relations where relation.label != .coOccurs {
                guard let head = ids[relation.head], let tail = ids[relation.tail] else { continue }
                out.append("\n        <relation active=\"#")
                out.appendXMLAttributeValue(head)
                out.append(UInt8(ascii: "\""))
                correspondence(relation, articleID: articleID, into: &out)
                out.append(" name=\"")
                out.append(contentsOf: relation.label.teiName)
                out.append("\" passive=\"#")
                out.appendXMLAttributeValue(tail)
                out.append("\" resp=\"#extractor\"")
                if let date = relation.date {
                    out.append(" when=\"")
                    out.appendISO(date)
                    out.append(UInt8(ascii: "\""))
                }
                out.append("/>")
            }
            out.append("\n      </listRelation>\n")
        }
        if hasCooccurring {
            out.append("      <listRelation type=\"cooccurrence\">")
            for relation in relations where relation.label == .coOccurs {
                guard let head = ids[relation.head], let tail = ids[relation.tail] else { continue }
                out.append("\n        <relation")
                correspondence(relation, articleID: articleID, into: &out)
                out.append(" mutual=\"#")
                out.appendXMLAttributeValue(head)
                out.append(" #")
                out.appendXMLAttributeValue(tail)
                out.append("\" name=\"")
                out.append(contentsOf: relation.label.teiName)
                out.append("\" type=\"sentence\"/>")
            }
            out.append("\n      </listRelation>\n")
        }
        out.append("    </standOff>\n")
    }

    /// ` corresp="#art_00001_s3"`: the relation's sentence.
    private static func correspondence(_ relation: Relation, articleID: String, into out: inout ByteBuffer) {
        out.append(" corresp=\"#")
        out.append(contentsOf: articleID)
        out.append("_s")
        out.appendDecimal(relation.sentence + 1)
        out.append(UInt8(ascii: "\""))
    }
}
