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
        let sentenceIDs = recognized.sentences.indices.map { articleID + "_s" + String($0 + 1) }
        let entityRefs = article.mentionEntityIDs.map { $0.map { "#" + $0 } }
        writeParagraphs(article, sentenceIDs: sentenceIDs, entityRefs: entityRefs, writer)
        writer.end(); writer.end(); writer.end()
        writeRelations(article, sentenceIDs: sentenceIDs, entityRefs: entityRefs, writer)
        writer.end()
    }

    /// Paragraphs (`p`) of sentences (`s`), with the mentions inline. Inside a paragraph the
    /// writer's indentation is off (it would add white space to mixed content); line breaks
    /// between sentences are written by hand.
    /// `entityRefs` holds `#id` of each mention's entity (nil for mentions without one).
    private static func writeParagraphs(
        _ article: CommittedArticle, sentenceIDs: [String], entityRefs: [String?], _ writer: XMLTextWriter
    ) {
        let recognized = article.recognized
        let text = UTF8Text(recognized.text)
        let mentions = recognized.mentions
        var mentionIndex = 0
        var paragraphOpen = false
        func closeParagraph() {
            writer.raw(paragraphEndIndent)
            writer.end()
            writer.setIndent(true)
            writer.raw("\n")
        }
        for (index, sentence) in recognized.sentences.enumerated() {
            let previousEnd = index > 0 ? recognized.sentences[index - 1].end : 0
            if !paragraphOpen || text.containsLineBreak(ScalarRange(previousEnd, sentence.start)) {
                if paragraphOpen { closeParagraph() }
                writer.start("p")
                writer.setIndent(false)
                paragraphOpen = true
            }
            writer.raw(sentenceIndent)
            writer.start("s", ["xml:id": sentenceIDs[index]])
            var position = sentence.start
            while mentionIndex < mentions.count, mentions[mentionIndex].range.start < sentence.end {
                let mention = mentions[mentionIndex]
                if mention.range.start >= position, mention.range.end <= sentence.end {
                    writer.text(text, ScalarRange(position, mention.range.start))
                    inline(mention, ref: entityRefs[mentionIndex], text: text, writer)
                    position = mention.range.end
                }
                mentionIndex += 1
            }
            writer.text(text, ScalarRange(position, sentence.end))
            writer.end()
        }
        if paragraphOpen { closeParagraph() } else { writer.element("p", "") }
    }

    /// The line break and indentation before a sentence, and before its paragraph's end tag.
    private static let sentenceIndent = "\n" + String(repeating: "  ", count: 6)
    private static let paragraphEndIndent = "\n" + String(repeating: "  ", count: 5)

    private static func inline(_ mention: Mention, ref: String?, text: UTF8Text, _ writer: XMLTextWriter) {
        var attributes: XMLAttributes = [:]
        if let ref { attributes.set("ref", ref) }
        let name: String
        switch mention.label {
        case .person: name = "persName"
        case .title: name = "roleName"; attributes.set("type", "office")
        case .place: name = "placeName"
        case .org: name = "orgName"
        case .enterprise: name = "orgName"; attributes.set("type", "enterprise")
        case .meeting: name = "name"; attributes.set("type", "meeting")
        case .date:
            name = "date"
            if let date = mention.date { attributes.set("when", (date.resolved ?? date.norm).iso) }
        }
        writer.start(name, attributes)
        writer.text(text, mention.range)
        writer.end()
    }

    private static func writeRelations(
        _ article: CommittedArticle, sentenceIDs: [String], entityRefs: [String?], _ writer: XMLTextWriter
    ) {
        let relations = article.linked.relations
        guard !relations.isEmpty else { return }
        let sentenceRefs = sentenceIDs.map { "#" + $0 }
        let extracted = relations.filter { $0.label != .coOccurs }
        let cooccurring = relations.filter { $0.label == .coOccurs }
        writer.start("standOff")
        if !extracted.isEmpty {
            writer.start("listRelation", ["type": "extracted"])
            var lines = XMLElementLines(depth: 4)
            for relation in extracted {
                guard let head = entityRefs[relation.head], let tail = entityRefs[relation.tail] else { continue }
                let corresp = sentenceRefs[relation.sentence], name = relation.label.teiName
                if let date = relation.date {
                    lines.add("relation", [
                        "active": head, "corresp": corresp, "name": name, "passive": tail, "resp": "#extractor", "when": date.iso,
                    ])
                } else {
                    lines.add("relation", ["active": head, "corresp": corresp, "name": name, "passive": tail, "resp": "#extractor"])
                }
            }
            writer.end(with: lines)
        }
        if !cooccurring.isEmpty {
            writer.start("listRelation", ["type": "cooccurrence"])
            var lines = XMLElementLines(depth: 4)
            for relation in cooccurring {
                guard let head = entityRefs[relation.head], let tail = entityRefs[relation.tail] else { continue }
                lines.add("relation", [
                    "corresp": sentenceRefs[relation.sentence], "mutual": head + " " + tail,
                    "name": relation.label.teiName, "type": "sentence",
                ])
            }
            writer.end(with: lines)
        }
        writer.end()
    }
}
