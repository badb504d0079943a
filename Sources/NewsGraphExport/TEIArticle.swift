import NewsGraphCore

/// One article as a TEI `TEI` element: its source in the header, paragraphs of sentences with
/// inline names (`TEIParagraphs`) and a `standOff` of relations (`TEIRelationLists`).
///
/// Built as bytes, not through libxml2's writer, whose calls per element and attribute cost
/// more than all the rest of an article's rendering. The bytes are those the writer made of
/// the same elements inside the corpus's `teiCorpus`: two spaces of indentation a level, text
/// and attribute values escaped as it escapes them (`appendXMLText`, `appendXMLAttributeValue`),
/// an element without content closed as `<name/>`, and the `div` end tag after paragraphs at
/// the start of its line, as the writer left it after raw paragraphs.
enum TEIArticle {
    static func bytes(_ article: CommittedArticle) -> [UInt8] {
        let recognized = article.linked.recognized
        let header = recognized.header
        let source = header.source
        let articleID = TEICorpusWriter.articleID(sequence: header.sequence)
        var out = ByteBuffer(
            capacity: 2 * recognized.text.utf8.count + 128 * recognized.mentions.count
                + 160 * article.linked.relations.count + 2048
        )
        out.append("  <TEI xml:id=\"")
        out.appendXMLAttributeValue(articleID)
        out.append("\">\n    <teiHeader>\n      <fileDesc>\n        <titleStmt>\n          <title")
        out.appendContent(header.title.flatMap { $0.isEmpty ? nil : $0 } ?? header.id, endTag: "</title>\n")
        out.append("""
                    </titleStmt>
                    <publicationStmt>
                      <p>Part of the corpus described in the corpus header.</p>
                    </publicationStmt>
                    <sourceDesc>
                      <bibl>

            """)
        if let newspaper = source.newspaper {
            out.append("            <title level=\"j\"")
            out.appendContent(newspaper, endTag: "</title>\n")
        }
        if let date = recognized.dateline {
            let iso = date.iso
            out.append("            <date when=\"")
            out.appendXMLAttributeValue(iso)
            out.append(UInt8(ascii: "\""))
            out.appendContent(iso, endTag: "</date>\n")
        }
        if let page = source.page {
            out.append("            <biblScope unit=\"page\"")
            out.appendContent(page, endTag: "</biblScope>\n")
        }
        out.append("            <idno type=\"article\"")
        out.appendContent(header.id, endTag: "</idno>\n")
        if let file = source.file {
            out.append("            <idno type=\"file\"")
            out.appendContent(file, endTag: "</idno>\n")
        }
        if let url = source.url {
            out.append("            <idno type=\"URI\"")
            out.appendContent(url, endTag: "</idno>\n")
        }
        out.append("""
                      </bibl>
                    </sourceDesc>
                  </fileDesc>
                </teiHeader>
                <text>
                  <body>
                    <div type="article">

            """)
        if let title = header.title, !title.isEmpty {
            out.append("          <head")
            out.appendContent(title, endTag: "</head>\n")
        }
        if recognized.sentences.isEmpty {
            out.append("          <p/>\n        </div>\n")
        } else {
            TEIParagraphs.append(article, articleID: articleID, to: &out)
            out.append("</div>\n")
        }
        out.append("      </body>\n    </text>\n")
        TEIRelationLists.append(article, articleID: articleID, to: &out)
        out.append("  </TEI>\n")
        return out.bytes
    }
}

extension ByteBuffer {
    /// Ends an open start tag with `text` as the element's content and `endTag` after it, or as
    /// an empty element (`/>` and the line break in `endTag`) when `text` is empty.
    fileprivate mutating func appendContent(_ text: String, endTag: StaticString) {
        guard !text.isEmpty else {
            append("/>\n")
            return
        }
        append(UInt8(ascii: ">"))
        var text = text
        text.withUTF8 { appendXMLText($0) }
        append(endTag)
    }
}
