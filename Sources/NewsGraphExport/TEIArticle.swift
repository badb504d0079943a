import NewsGraphCore

/// One article as a TEI `TEI` element: its source in the header, paragraphs of sentences with
/// inline names (`TEIParagraphs`) and a `standOff` of relations (`TEIRelationLists`).
///
/// libxml2's writer writes the element structure; the paragraphs and the relation lists, where
/// a call per element and attribute would cost more than the rest of the article, are built as
/// bytes and handed to it raw.
enum TEIArticle {
    static func write(_ article: CommittedArticle, into writer: XMLTextWriter) {
        let recognized = article.linked.recognized
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
        let head = header.title.flatMap { $0.isEmpty ? nil : $0 }
        if let head { writer.element("head", head) }
        if recognized.sentences.isEmpty {
            writer.element("p", "")
        } else {
            writer.raw(TEIParagraphs.markup(article, articleID: articleID, afterStartTag: head == nil))
        }
        writer.end(); writer.end(); writer.end()
        TEIRelationLists.write(article, articleID: articleID, into: writer)
        writer.end()
    }
}
