import NewsGraphCore

/// One article as a TEI `TEI` element: its source in the header, paragraphs of sentences with
/// inline names (`persName`, `roleName`, `placeName`, `orgName`, `name type="meeting"`, `date`),
/// all pointing at the registry with `ref="#id"`, and a `standOff/listRelation`.
enum TEIArticle {
    static func write(_ article: CommittedArticle, into writer: XMLTextWriter) {
        let recognized = article.recognized
        let header = recognized.header
        let articleID = TEICorpusWriter.articleID(sequence: header.sequence)
        writer.start("TEI", ["xml:id": articleID])
        writer.start("teiHeader")
        writer.start("fileDesc")
        writer.start("titleStmt")
        writer.element("title", header.title.flatMap { $0.isEmpty ? nil : $0 } ?? header.id)
        writer.end()
        writer.start("publicationStmt")
        writer.element("p", "Part of the corpus described in the corpus header.")
        writer.end()
        writer.start("sourceDesc")
        writer.start("bibl")
        if let newspaper = header.source.newspaper { writer.element("title", newspaper, ["level": "j"]) }
        if let date = recognized.dateline { writer.element("date", date.iso, ["when": date.iso]) }
        if let page = header.source.page { writer.element("biblScope", page, ["unit": "page"]) }
        writer.element("idno", header.id, ["type": "article"])
        if let file = header.source.file { writer.element("idno", file, ["type": "file"]) }
        if let url = header.source.url { writer.element("idno", url, ["type": "URI"]) }
        writer.end(); writer.end(); writer.end(); writer.end()
        writer.start("text")
        writer.start("body")
        writer.start("div", ["type": "article"])
        if let title = header.title, !title.isEmpty { writer.element("head", title) }
        writeParagraphs(article, articleID: articleID, writer)
        writer.end(); writer.end(); writer.end()
        writeRelations(article, articleID: articleID, writer)
        writer.end()
    }

    /// Paragraphs (`p`) of sentences (`s`), with the mentions inline. Inside a paragraph the
    /// writer's indentation is off (it would add white space to mixed content); line breaks
    /// between sentences are written by hand.
    private static func writeParagraphs(_ article: CommittedArticle, articleID: String, _ writer: XMLTextWriter) {
        let recognized = article.recognized
        let scalars = Array(recognized.text.unicodeScalars)
        let mentions = recognized.mentions
        var mentionIndex = 0
        var paragraphOpen = false
        func closeParagraph() {
            writer.raw("\n" + String(repeating: "  ", count: 5))
            writer.end()
            writer.setIndent(true)
            writer.raw("\n")
        }
        for (index, sentence) in recognized.sentences.enumerated() {
            let previousEnd = index > 0 ? recognized.sentences[index - 1].end : 0
            if !paragraphOpen || scalars[previousEnd..<sentence.start].contains("\n") {
                if paragraphOpen { closeParagraph() }
                writer.start("p")
                writer.setIndent(false)
                paragraphOpen = true
            }
            writer.raw("\n" + String(repeating: "  ", count: 6))
            writer.start("s", ["xml:id": "\(articleID)_s\(index + 1)"])
            var position = sentence.start
            while mentionIndex < mentions.count, mentions[mentionIndex].range.start < sentence.end {
                let mention = mentions[mentionIndex]
                if mention.range.start >= position, mention.range.end <= sentence.end {
                    writer.text(scalars, ScalarRange(position, mention.range.start))
                    inline(mention, id: article.mentionEntityIDs[mentionIndex], scalars: scalars, writer)
                    position = mention.range.end
                }
                mentionIndex += 1
            }
            writer.text(scalars, ScalarRange(position, sentence.end))
            writer.end()
        }
        if paragraphOpen { closeParagraph() } else { writer.element("p", "") }
    }

    private static func inline(_ mention: Mention, id: String?, scalars: [Unicode.Scalar], _ writer: XMLTextWriter) {
        var attributes: [String: String] = [:]
        if let id { attributes["ref"] = "#" + id }
        let name: String
        switch mention.label {
        case .person: name = "persName"
        case .title: name = "roleName"; attributes["type"] = "office"
        case .place: name = "placeName"
        case .org: name = "orgName"
        case .enterprise: name = "orgName"; attributes["type"] = "enterprise"
        case .meeting: name = "name"; attributes["type"] = "meeting"
        case .date:
            name = "date"
            if let date = mention.date { attributes["when"] = (date.resolved ?? date.norm).iso }
        }
        writer.start(name, attributes)
        writer.text(scalars, mention.range)
        writer.end()
    }

    private static func writeRelations(_ article: CommittedArticle, articleID: String, _ writer: XMLTextWriter) {
        let relations = article.linked.relations
        guard !relations.isEmpty else { return }
        let ids = article.mentionEntityIDs
        let extracted = relations.filter { $0.label != .coOccurs }
        let cooccurring = relations.filter { $0.label == .coOccurs }
        writer.start("standOff")
        if !extracted.isEmpty {
            writer.start("listRelation", ["type": "extracted"])
            for relation in extracted {
                guard let head = ids[relation.head], let tail = ids[relation.tail] else { continue }
                var attributes = [
                    "name": relation.label.teiName, "active": "#" + head, "passive": "#" + tail,
                    "corresp": "#\(articleID)_s\(relation.sentence + 1)", "resp": "#extractor",
                ]
                if let date = relation.date { attributes["when"] = date.iso }
                writer.element("relation", nil, attributes)
            }
            writer.end()
        }
        if !cooccurring.isEmpty {
            writer.start("listRelation", ["type": "cooccurrence"])
            for relation in cooccurring {
                guard let head = ids[relation.head], let tail = ids[relation.tail] else { continue }
                writer.element("relation", nil, [
                    "type": "sentence", "name": relation.label.teiName, "mutual": "#\(head) #\(tail)",
                    "corresp": "#\(articleID)_s\(relation.sentence + 1)",
                ])
            }
            writer.end()
        }
        writer.end()
    }
}
