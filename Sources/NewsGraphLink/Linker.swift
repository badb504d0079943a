import NewsGraphCore

/// The linking stage: relations between the mentions of one article.
///
/// `HOLDS_TITLE` binds every title of a chain to every name of the list after it
/// (`县委常委、副县长王述江、李彩霞` gives four), not a former one (`原县委书记`); `VISITED` takes
/// the persons of a visiting group to a place or body after a visit verb (`解芳深入横水镇新庄村`),
/// at a place that opens the sentence (`在新庄村,解芳实地查看`) or after 在 (`解芳在横水镇调研`);
/// `CHAIRED` takes a person to the meeting after 主持召开, or to the meeting before `…主持。`;
/// `CO_OCCURS` pairs the entities of each sentence. Stateless and `Sendable`.
public struct Linker: Sendable {
    public let cues: RelationCues

    public init(cues: RelationCues) {
        self.cues = cues
    }

    /// Links one article.
    /// - Complexity: O(m · k) for m mentions and k = `PairLimit.sentence`.
    public func link(_ article: RecognizedArticle) -> LinkedArticle {
        let context = LinkContext(article: article, cues: cues)
        var relations = TitleBinding.relations(context)
        relations += VisitFinder.relations(context)
        relations += ChairFinder.relations(context)
        relations += CoOccurrence.relations(context)
        var seen: Set<RelationKey> = []
        seen.reserveCapacity(relations.count)
        relations = relations.filter { relation in
            seen.insert(RelationKey(relation: relation, entities: context.entities)).inserted
        }
        return LinkedArticle(recognized: article, relations: relations)
    }
}

/// Two relations are the same when label, head entity, tail entity and sentence agree.
private struct RelationKey: Hashable {
    var label: RelationLabel
    /// The entities, as numbered in `LinkContext.entities`.
    var head: Int32
    var tail: Int32
    var sentence: Int

    init(relation: Relation, entities: [Int32]) {
        label = relation.label
        head = entities[relation.head]
        tail = entities[relation.tail]
        sentence = relation.sentence
    }
}

/// What the relation finders share about one article.
struct LinkContext {
    let article: RecognizedArticle
    let cues: RelationCues
    let scalars: [Unicode.Scalar]
    /// The entity of each mention, as a number: mentions of the same entity (same `EntityKey`)
    /// share it. Numbers run from 0 to `entityCount - 1`.
    let entities: [Int32]
    let entityCount: Int
    /// Per sentence: the first complete resolved date in it.
    let sentenceDates: [Int: PartialDate]
    /// Per mention: the nearest person mention before it in the same sentence.
    let personBefore: [Int?]

    init(article: RecognizedArticle, cues: RelationCues) {
        self.article = article
        self.cues = cues
        scalars = article.text.scalarArray
        var numbers = EntityNumbers()
        entities = article.mentions.map { numbers.insert($0.entityKey).number }
        entityCount = numbers.count
        var dates: [Int: PartialDate] = [:]
        for mention in article.mentions where mention.label == .date {
            if let resolved = mention.date?.resolved, resolved.isComplete, dates[mention.sentence] == nil {
                dates[mention.sentence] = resolved
            }
        }
        sentenceDates = dates
        var before: [Int?] = []
        before.reserveCapacity(article.mentions.count)
        var lastPerson: Int?
        for (index, mention) in article.mentions.enumerated() {
            if let last = lastPerson, article.mentions[last].sentence != mention.sentence { lastPerson = nil }
            before.append(lastPerson)
            if mention.label == .person { lastPerson = index }
        }
        personBefore = before
    }

    var mentions: [Mention] { article.mentions }

    /// When something in sentence `sentence` happened: its own date, else the dateline.
    func date(ofSentence sentence: Int) -> PartialDate? {
        sentenceDates[sentence] ?? article.dateline
    }

    /// The text between two offsets without white space, when at most two scalars remain; nil
    /// when more remain.
    ///
    /// The finders compare gaps with joiners of one or two scalars (`、`, `以及`); no text of
    /// more scalars equals one of them, not even canonically (a scalar never decomposes to
    /// nothing), so a longer gap is rejected after its third scalar, however long it is.
    func shortGap(_ start: Int, _ end: Int) -> String? {
        // Two scalars at most are kept: a string built from them is small and allocates nothing.
        var kept: (Unicode.Scalar?, Unicode.Scalar?) = (nil, nil)
        for position in start..<max(start, end) {
            let scalar = scalars[position]
            if scalar.isSpaceLike { continue }
            if kept.0 == nil {
                kept.0 = scalar
            } else if kept.1 == nil {
                kept.1 = scalar
            } else {
                return nil
            }
        }
        guard let first = kept.0 else { return "" }
        guard let second = kept.1 else { return String(Character(first)) }
        return String(Character(first)) + String(Character(second))
    }

    /// A relation between mentions `head` and `tail`, dated by `head`'s sentence.
    func relation(_ label: RelationLabel, _ head: Int, _ tail: Int, _ rule: String) -> Relation {
        let sentence = mentions[head].sentence
        return Relation(label: label, head: head, tail: tail, sentence: sentence, date: date(ofSentence: sentence), provenance: rule)
    }
}
