import NewsGraphCore

/// The paragraphs (`p`) of an article's `div`: its sentences (`s`) with the mentions inline
/// (`persName`, `roleName type="office"`, `placeName`, `orgName`, `orgName type="enterprise"`,
/// `name type="meeting"`, `date when="…"`), each pointing at its entity with `ref="#id"`.
///
/// Indented as libxml2's writer indents structure around the paragraphs and not at all inside
/// them (it would add white space to mixed content), with a line break before each sentence and
/// paragraph end tag.
enum TEIParagraphs {
    /// Appends the paragraphs of an article with at least one sentence, from the indentation of
    /// the first `<p>` to the line break after the last `</p>`.
    static func append(_ article: CommittedArticle, articleID: String, to out: inout ByteBuffer) {
        let recognized = article.linked.recognized
        var text = recognized.text
        text.withUTF8 { utf8 in
            var offsets = ScalarByteOffsets(utf8)
            let sentences = recognized.sentences
            let mentions = recognized.mentions
            var mentionIndex = 0
            for (index, sentence) in sentences.enumerated() {
                if index == 0 {
                    out.append(paragraphStart)
                } else if offsets.bytes(sentences[index - 1].end, sentence.start).contains(UInt8(ascii: "\n")) {
                    out.append(paragraphEnd)
                    out.append(paragraphStart)
                }
                out.append("\n            <s xml:id=\"")
                out.append(contentsOf: articleID)
                out.append("_s")
                out.appendDecimal(index + 1)
                let isEmpty = sentence.end <= sentence.start
                out.append(isEmpty ? "\"/>" : "\">")
                var position = sentence.start
                while mentionIndex < mentions.count, mentions[mentionIndex].range.start < sentence.end {
                    let mention = mentions[mentionIndex]
                    if mention.range.start >= position, mention.range.end <= sentence.end {
                        out.appendXMLText(offsets.bytes(position, mention.range.start))
                        inline(mention, entityID: article.mentionEntityIDs[mentionIndex], offsets: &offsets, into: &out)
                        position = mention.range.end
                    }
                    mentionIndex += 1
                }
                guard !isEmpty else { continue }
                out.appendXMLText(offsets.bytes(position, sentence.end))
                out.append("</s>")
            }
            out.append(paragraphEnd)
        }
    }

    /// A paragraph start tag, indented at the paragraph's depth (a line break before it comes
    /// from what precedes).
    private static let paragraphStart: StaticString = "          <p>"
    /// The line break and indentation before a paragraph end tag, the tag, and the line break
    /// after it.
    private static let paragraphEnd: StaticString = "\n          </p>\n"

    private static func inline(
        _ mention: Mention, entityID: String?, offsets: inout ScalarByteOffsets, into out: inout ByteBuffer
    ) {
        let name: StaticString
        switch mention.label {
        case .person: name = "persName"
        case .title: name = "roleName"
        case .place: name = "placeName"
        case .org, .enterprise: name = "orgName"
        case .meeting: name = "name"
        case .date: name = "date"
        }
        out.append(UInt8(ascii: "<"))
        out.append(name)
        // Attributes in name order, as the writer is given them elsewhere: ref, type, when.
        if let entityID {
            out.append(" ref=\"#")
            out.appendXMLAttributeValue(entityID)
            out.append(UInt8(ascii: "\""))
        }
        switch mention.label {
        case .title: out.append(" type=\"office\"")
        case .enterprise: out.append(" type=\"enterprise\"")
        case .meeting: out.append(" type=\"meeting\"")
        case .date:
            if let date = mention.date {
                out.append(" when=\"")
                out.appendISO(date.resolved ?? date.norm)
                out.append(UInt8(ascii: "\""))
            }
        case .person, .place, .org: break
        }
        guard mention.range.end > mention.range.start else {
            out.append("/>")
            return
        }
        out.append(UInt8(ascii: ">"))
        out.appendXMLText(offsets.bytes(mention.range.start, mention.range.end))
        out.append("</")
        out.append(name)
        out.append(UInt8(ascii: ">"))
    }
}
