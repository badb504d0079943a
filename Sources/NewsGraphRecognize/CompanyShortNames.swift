import NewsGraphCore

/// A company named in full (`林州市太行精工机械有限公司`) is often named again by its short form:
/// the name without the places it starts with and without its legal form (`太行精工机械`), or
/// also without one or more of the trades it ends with (`太行精工`; `华信精密` of
/// `华信精密电路`; `金谷源` of `金谷源农业科技`; no sight such as `巴山大峡谷`), or its brand of two
/// characters and its last trade (`金岭机械` of `金岭精密机械`). Each such form of three
/// characters or more is an enterprise wherever else it stands in the article
/// (`太行精工创办于2003年`), where no longer or stronger mention covers it. A form is never
/// looked for in an article that does not name the company in full.
enum CompanyShortNames {
    /// The shortest form taken alone: two characters (`宏达` of `宏达化工`) are too often a
    /// word or a place.
    static let shortestForm = 3
    /// The shortest name a county's bare name may leave when taken off the start (安徽 + 金寨 +
    /// 兰香茶业, not 山西 + 龙门 + 铝业).
    static let shortestNameAfterCounty = 4
    /// The length of a brand that a short form keeps before the name's last trade (金岭 + 机械).
    static let brandLength = 2

    /// Short-form candidates for the companies among `chosen` with a legal form
    /// (`enterprise-suffix` words such as 有限公司); `places` are the place candidates.
    /// - Complexity: O(n·f) for f distinct forms (few per article).
    static func candidates(for chosen: [Candidate], places: [Candidate], in scan: ArticleScan) -> [Candidate] {
        var forms: [[Unicode.Scalar]] = []
        for company in chosen where company.label == .enterprise {
            for form in shortForms(of: company.range, places: places, scan) where !forms.contains(form) {
                forms.append(form)
            }
        }
        return ShortFormOccurrences.candidates(
            of: forms, in: scan.scalars, chosen: chosen,
            label: .enterprise, priority: Priority.companyShortName, provenance: "rule:enterprise.short-name"
        )
    }

    /// The short forms of the company at `range`: its name between the places it starts with
    /// and its legal form, and that name without the trades it ends with; none without a legal form.
    private static func shortForms(of range: ScalarRange, places: [Candidate], _ scan: ArticleScan) -> [[Unicode.Scalar]] {
        // A legal form of two characters or more (公司, 有限公司, 集团): 霓虹灯 of 霓虹灯厂 is a trade.
        guard let legalForm = scan.matches(.enterpriseSuffix, endingAt: range.end).map(\.start).min(),
              legalForm > range.start, range.end - legalForm >= 2 else { return [] }
        var start = range.start
        // Only listed places: a suffix rule may read a place into the trade name (甘肃 + 沙漠 of
        // 甘肃沙漠明珠农产品有限公司), and a river or landmark is the company's own name (汾河湾热电
        // of 山西汾河湾热电有限公司). A county's bare name counts (安徽 + 金寨 + 兰香茶业), unless
        // only trades or fewer than four characters would remain (浙江 + 嘉禾 + 包装材料, 山西 +
        // 龙门 + 铝业: the county's name is the company's).
        while let place = (places.filter({
            $0.range.start == start && $0.range.end < legalForm && !$0.provenance.hasPrefix("rule:") && !isLandmark($0.range, scan)
        }).map(\.range.end) + scan.matches(.countyStem, startingAt: start).map(\.end).filter({
            legalForm - $0 >= shortestNameAfterCounty && scan.hasOwnName(from: $0, to: legalForm)
        })).max() {
            start = place
        }
        var forms: [[Unicode.Scalar]] = []
        if legalForm - start >= shortestForm { forms.append(Array(scan.scalars[start..<legalForm])) }
        // The brand and the last trade, a word in between dropped (金岭 + 机械 of 金岭精密机械,
        // 华瑞 + 建材 of 华瑞新型建材).
        if let lastTrade = scan.matches(.industry, endingAt: legalForm).map(\.start).min(), lastTrade - start > brandLength,
           !scan.hasMatch(.industry, endingAt: start + brandLength) {
            forms.append(Array(scan.scalars[start..<start + brandLength]) + Array(scan.scalars[lastTrade..<legalForm]))
        }
        // A trade is written short in a short form (华瑞新材 of 华瑞新材料, 涑源文旅 of 涑源文化旅游开发).
        if let full = forms.first { forms += Self.abbreviatingTrades(full, scan.resources.tradeShortForms) }
        // Each trade taken off the end gives a shorter form (华信精密电路 → 华信精密 → 华信).
        // Without its trades a name is often the place or sight it is named after (红旗渠,
        // 巴山大峡谷 of 巴山大峡谷旅游开发有限公司): such a form must end in no place suffix.
        var end = legalForm
        while let trade = scan.matches(.industry, endingAt: end).map(\.start).min(), trade > start {
            end = trade
            guard end - start >= shortestForm else { break }
            if !scan.hasMatch(.placeSuffix, endingAt: end) { forms.append(Array(scan.scalars[start..<end])) }
        }
        return forms
    }

    /// Whether `range` is listed only as a river, sight or landmark (汾河, 东华山), not as a
    /// division too (黑龙江 is a river and a province).
    private static func isLandmark(_ range: ScalarRange, _ scan: ArticleScan) -> Bool {
        let types = scan.matches(.place, startingAt: range.start).filter { $0.end == range.end }.map { scan.entry($0).placeType }
        return !types.isEmpty && types.allSatisfy { $0 == .place || $0 == .scenic }
    }

    /// `name` up to a trade that has a short form, the trade written short and what follows it
    /// dropped (华瑞新材料 → 华瑞新材, 兴宇新材料科技 → 兴宇新材, 恒远汽车零部件 → 恒远汽配); none
    /// where no brand of two characters or more comes before the trade.
    private static func abbreviatingTrades(
        _ name: [Unicode.Scalar], _ shortForms: [(trade: [Unicode.Scalar], short: [Unicode.Scalar])]
    ) -> [[Unicode.Scalar]] {
        shortForms.compactMap { trade, short in
            // A plain scan: the generic `firstRange(of:)` costs more than the rest of the rule.
            guard let first = trade.first, trade.count <= name.count,
                  let start = (0...(name.count - trade.count)).first(where: { name[$0] == first && name[$0..<$0 + trade.count].elementsEqual(trade) }),
                  start >= brandLength
            else { return nil }
            return Array(name[..<start]) + short
        }
    }
}
