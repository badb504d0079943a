import NewsGraphCore
import NewsGraphLink
import NewsGraphTestSupport
import Testing

@Suite struct LinkerTests {
    /// (label, head text, tail text) of the relations of `label`.
    private func pairs(_ text: String, _ label: RelationLabel, date: PartialDate? = nil) -> [String] {
        let article = TestPipeline.link(text, date: date, year: 2022)
        let mentions = article.recognized.mentions
        return article.relations.filter { $0.label == label }.map { "\(mentions[$0.head].text)→\(mentions[$0.tail].text)" }
    }

    @Test func aTitleChainBindsEveryTitleToEveryNameOfTheList() {
        let found = pairs("县委常委、副县长王述江、李彩霞、卫文静、周永平等参加。", .holdsTitle)
        #expect(Set(found) == [
            "王述江→县委常委", "王述江→副县长", "李彩霞→县委常委", "李彩霞→副县长",
            "卫文静→县委常委", "卫文静→副县长", "周永平→县委常委", "周永平→副县长",
        ])
        #expect(found.count == 8)
    }

    @Test func aCommaEndsTheChain() {
        let found = pairs("县委副书记葛凯,县委常委、宣传部长薛云涛等参加调研。", .holdsTitle)
        #expect(Set(found) == ["葛凯→县委副书记", "薛云涛→县委常委", "薛云涛→宣传部长"])
    }

    @Test func aChainRunsOverTheBodyOrPlaceThatScopesItsNextTitle() {
        #expect(Set(pairs("县政协委员、贵州兰馨茶业有限公司董事长刘云表示。", .holdsTitle)) == ["刘云→县政协委员", "刘云→董事长"])
        #expect(Set(pairs("县政协委员、北京大学教授刘云出席。", .holdsTitle)) == ["刘云→县政协委员", "刘云→教授"])
        // A body after a comma starts no chain.
        #expect(Set(pairs("县委书记王刚,北京大学教授刘云出席。", .holdsTitle)) == ["王刚→县委书记", "刘云→教授"])
    }

    @Test func aListRowBindsItsTitleToItsOwnName() {
        let found = pairs("公示如下:\n\n贺建国 横水镇南柳营村党支部书记\n\n亢秀兰 化峪镇西窑头村种植户\n\n景春华 县金秋板枣专业合作社理事长\n", .holdsTitle)
        #expect(Set(found) == ["贺建国→南柳营村党支部书记", "景春华→理事长"])
        // Columns set apart by spaces: name, unit, post.
        let columns = pairs("名单如下:\n\n汤建国  运城市华瑞精密机械有限公司  车间主任\n\n龚秀英  县人民医院  护士长\n", .holdsTitle)
        #expect(Set(columns) == ["汤建国→车间主任", "龚秀英→护士长"])
    }

    @Test func aNameRightBeforeATitleHoldsIt() {
        #expect(pairs("骆惠宁书记主持会议。", .holdsTitle) == ["骆惠宁→书记"])
        #expect(pairs("李翔县长指出,要抓好安全生产。", .holdsTitle) == ["李翔→县长"])
        #expect(Set(pairs("公司党委书记兼董事长赵强介绍。", .holdsTitle)) == ["赵强→党委书记", "赵强→董事长"])
    }

    @Test func anAppointmentWordJoinsANameToTheTitlesAfterIt() {
        #expect(Set(pairs("李国庆当选为张郭村党支部书记、村委会主任。", .holdsTitle)) == ["李国庆→张郭村党支部书记", "李国庆→村委会主任"])
        #expect(pairs("会议决定,由张华担任县政府办公室主任。", .holdsTitle) == ["张华→县政府办公室主任"])
        #expect(Set(pairs("田志勇、孙丽娟当选为县人民政府副县长。", .holdsTitle)) == ["田志勇→县人民政府副县长", "孙丽娟→县人民政府副县长"])
        // 是 joins a name to a title too, also past the body it belongs to.
        #expect(pairs("张华是县政府办公室主任。", .holdsTitle) == ["张华→县政府办公室主任"])
        #expect(pairs("赵强是山西巴山牧业有限公司董事长。", .holdsTitle) == ["赵强→董事长"])
        // So does one heading a group that is elected together.
        #expect(Set(pairs("王丽娜、赵强等9名同志当选为县委常委。", .holdsTitle)) == ["王丽娜→县委常委", "赵强→县委常委"])
        // Other words between them bind nothing.
        #expect(pairs("张华感谢县政府办公室主任。", .holdsTitle).isEmpty)
        #expect(pairs("张华等人的建议被县委常委采纳。", .holdsTitle).isEmpty)
    }

    @Test func aCadresProfileRowGivesItsPostsToTheNameThatHeadsIt() {
        let text = "张卫东,男,1979年10月出生,大学学历,中共党员,现任横水镇党委副书记、镇长,拟任横水镇党委书记;\n"
            + "刘海霞,女,1984年3月出生,研究生学历,现任县发改局副局长,拟任县工信局局长。\n"
            // The row may end a sentence before its posts.
            + "李红,女,1986年12月生,中共党员。现任县妇联副主席,拟任县妇联主席。"
        let article = TestPipeline.link(text, date: nil, year: 2023)
        let mentions = article.recognized.mentions
        let rules = Set(article.relations.filter { $0.label == .holdsTitle }.map {
            "\(mentions[$0.head].text)→\(mentions[$0.tail].text) \($0.provenance)"
        })
        #expect(rules == [
            "张卫东→横水镇党委副书记 rule:holds-title.profile", "张卫东→镇长 rule:holds-title.profile",
            "张卫东→横水镇党委书记 rule:holds-title.profile", "刘海霞→县发改局副局长 rule:holds-title.profile",
            "刘海霞→县工信局局长 rule:holds-title.profile", "李红→县妇联副主席 rule:holds-title.profile",
            "李红→县妇联主席 rule:holds-title.profile",
        ])
        // Without the sex after the name, a title further along binds no one.
        #expect(pairs("张卫东同志在会上发言,现任横水镇党委书记。", .holdsTitle).isEmpty)
    }

    @Test func aListOfHonoursGivesEachNameThePostInBracketsAfterIt() {
        let text = "先进个人:\n\n王建华(横水镇副镇长)\n\n吕国华(县应急管理局执法大队大队长)\n\n赵丽萍(横水镇应急办主任)"
        #expect(Set(pairs(text, .holdsTitle)) == [
            "王建华→横水镇副镇长", "吕国华→县应急管理局执法大队大队长", "赵丽萍→横水镇应急办主任",
        ])
    }

    @Test func aNameHoldsThePostItIsRemovedFromAsAFormerTitle() {
        let article = TestPipeline.link("会议决定免去王刚的县教育局局长职务,任命李明为县教育局局长。", date: nil, year: 2022)
        let mentions = article.recognized.mentions
        let rules = article.relations.filter { $0.label == .holdsTitle }.map {
            "\(mentions[$0.head].text)→\(mentions[$0.tail].text) \($0.provenance)"
        }
        #expect(Set(rules) == ["王刚→县教育局局长 rule:holds-title.former", "李明→县教育局局长 rule:holds-title.appointed"])
        // A name whose given name is a common word is found before its post too (刘 + 成功).
        #expect(Set(pairs("免去刘成功的县发展和改革局局长、党组书记职务。", .holdsTitle)) == [
            "刘成功→县发展和改革局局长", "刘成功→党组书记",
        ])
        #expect(pairs("会议决定接受李卫东辞去县人民政府副县长职务的请求。", .holdsTitle) == ["李卫东→县人民政府副县长"])
        // Without the post word, 的 joins no name to a title.
        #expect(pairs("王刚的县教育局局长朋友来了。", .holdsTitle).isEmpty)
    }

    @Test func aNoticeOfAppointmentAddressesItsNamesAs同志() {
        // A notice of the county committee writes 同志 after every name, before 任 or 的.
        let text = "冯志强同志任陈村镇党委书记;\n免去冯志强同志的南樊镇党委副书记、镇长职务;\n吉永刚同志任县林业局局长;"
        #expect(Set(pairs(text, .holdsTitle)) == [
            "冯志强→陈村镇党委书记", "冯志强→南樊镇党委副书记", "冯志强→镇长", "吉永刚→县林业局局长",
        ])
    }

    @Test func aBylineCreditBindsNoTitle() {
        #expect(pairs("本报讯(记者 杨帆 通讯员 李明)县长王刚主持会议。", .holdsTitle) == ["王刚→县长"])
        #expect(pairs("县融媒体中心记者张三报道。", .holdsTitle) == ["张三→县融媒体中心记者"])
        // Set apart by a space, as a byline is laid out, the name is the reporter's, no holder's.
        #expect(pairs("县融媒体中心记者 温馨\n眼下,脐橙花开。", .holdsTitle).isEmpty)
    }

    @Test func visitsByVerbAndOnSite() {
        #expect(pairs("12月1日,县委书记解芳深入横水镇调研乡村振兴。", .visited) == ["解芳→横水镇"])
        #expect(pairs("县委书记解芳深入横水镇调研。在新庄村,解芳实地查看村容村貌。", .visited) == ["解芳→横水镇", "解芳→新庄村"])
        #expect(pairs("县委书记解芳深入横水镇调研。在横水镇政府,解芳听取了汇报。", .visited) == ["解芳→横水镇"])
    }

    @Test func countyTitleChainsBindEveryTitleToTheirHolder() {
        let text = "县委常委、常务副县长王明华,村党支部书记兼村委会主任赵小平,镇党委书记、镇长刘德胜,县审计局局长王国庆参加。"
        #expect(Set(pairs(text, .holdsTitle)) == [
            "王明华→县委常委", "王明华→常务副县长", "赵小平→村党支部书记", "赵小平→村委会主任",
            "刘德胜→镇党委书记", "刘德胜→镇长", "王国庆→县审计局局长",
        ])
    }

    @Test func aFormerTitleIsBoundUnderItsOwnRule() {
        let article = TestPipeline.link("原县委书记张建军、前任县长李志强,县委书记解芳出席。会上,前县长王志明发言。会前县委书记冯刚看望了老党员。", date: nil, year: 2022)
        let mentions = article.recognized.mentions
        let rules = Dictionary(uniqueKeysWithValues: article.relations.filter { $0.label == .holdsTitle }.map {
            ("\(mentions[$0.head].text)→\(mentions[$0.tail].text)", $0.provenance)
        })
        #expect(rules == [
            "张建军→县委书记": "rule:holds-title.former", "李志强→县长": "rule:holds-title.former",
            "王志明→县长": "rule:holds-title.former", "解芳→县委书记": "rule:holds-title.chain",
            // 前 that ends a word (会前) says nothing about the title after it.
            "冯刚→县委书记": "rule:holds-title.chain",
        ])
        // 时任: the title was held at the time told of.
        #expect(pairs("时任县委书记张建军到横水镇调研。", .holdsTitle) == ["张建军→县委书记"])
        #expect(pairs("张建军曾任县委书记。", .holdsTitle) == ["张建军→县委书记"])
    }

    @Test func aVillageAfterItsTownIsVisitedWithTheTown() {
        #expect(pairs("县委书记解芳深入横水镇新庄村调研。", .visited) == ["解芳→横水镇", "解芳→新庄村"])
        #expect(pairs("县委书记解芳来到古绛镇北关村、南关村,实地查看。", .visited) == ["解芳→古绛镇", "解芳→北关村", "解芳→南关村"])
        #expect(pairs("在横水镇新庄村,解芳详细了解了产业发展情况。", .visited) == ["解芳→横水镇", "解芳→新庄村"])
    }

    @Test func everyPlaceOfAListIsVisited() {
        // A list that opens the sentence, with a visit verb after the visitor.
        #expect(pairs("在横水镇新庄村、东荆下村,解芳走进田间地头,察看了大棚。", .visited) == ["解芳→横水镇", "解芳→新庄村", "解芳→东荆下村"])
        // 和 joins the places after a visit verb as 、 does.
        #expect(pairs("解芳先后来到横水镇和古绛镇,了解项目进展。", .visited) == ["解芳→横水镇", "解芳→古绛镇"])
        // A place that opens the sentence says nothing of a person who only speaks after it.
        #expect(pairs("在横水镇,解芳强调要抓好落实。", .visited).isEmpty)
    }

    @Test func everyPersonOfTheVisitingGroupVisits() {
        #expect(pairs("县委书记解芳、县长李翔一行深入横水镇调研。", .visited) == ["解芳→横水镇", "李翔→横水镇"])
        #expect(pairs("县领导解芳、李翔,县委常委、常务副县长王明华等深入古绛镇。", .visited) == [
            "解芳→古绛镇", "李翔→古绛镇", "王明华→古绛镇",
        ])
        #expect(pairs("在新庄村,县委书记解芳、县长李翔实地查看了大棚。", .visited) == ["解芳→新庄村", "李翔→新庄村"])
        #expect(pairs("市委书记王军在县委书记解芳、县长李翔等陪同下深入横水镇调研。", .visited) == [
            "王军→横水镇", "解芳→横水镇", "李翔→横水镇",
        ])
        #expect(pairs("县委书记解芳在横水镇调研时强调,要抓好产业发展。", .visited) == ["解芳→横水镇"])
        #expect(pairs("解芳在县委党校讲授党课。", .visited).isEmpty)
        #expect(pairs("解芳看到了横水镇的变化。", .visited).isEmpty)
        #expect(pairs("李翔一行深入县经济开发区,先后察看了聚能科技有限公司、中信机电供电公司。", .visited) == [
            "李翔→县经济开发区", "李翔→聚能科技有限公司", "李翔→中信机电供电公司",
        ])
        #expect(pairs("市委书记王军深入横水镇新庄村调研,县委书记解芳、县长李翔陪同。", .visited) == [
            "王军→横水镇", "王军→新庄村", "解芳→横水镇", "解芳→新庄村", "李翔→横水镇", "李翔→新庄村",
        ])
        // Someone named in another clause is not of the group.
        #expect(pairs("王志明介绍,县委书记解芳深入横水镇调研。", .visited) == ["解芳→横水镇"])
    }

    @Test func aPartyVisitsWithTheLeaderNamedBefore() {
        let text = "副县长李彩霞带领县应急管理局等部门负责人开展督导检查。检查组一行先后来到横水镇、陈村镇,深入聚能科技有限公司检查。"
        #expect(pairs(text, .visited) == ["李彩霞→横水镇", "李彩霞→陈村镇", "李彩霞→聚能科技有限公司"])
        // Without a lead word after a name, no one is known to lead the party.
        #expect(pairs("副县长李彩霞出席会议。检查组一行来到横水镇。", .visited).isEmpty)
    }

    @Test func chairsTheMeetingAfterTheChairVerb() {
        let found = pairs("县委副书记、县长李翔主持召开县疫情防控流调溯源工作会议,政府副县长崔滨参加。", .chaired)
        #expect(found == ["李翔→县疫情防控流调溯源工作会议"])
    }

    @Test func aChairNamedAfterTheMeetingChairsIt() {
        #expect(pairs("12月2日,全县经济工作会议召开。会议由县委副书记、县长李翔主持。", .chaired) == ["李翔→全县经济工作会议"])
        #expect(pairs("县委书记解芳出席全县经济工作会议并讲话,县长李翔主持。", .chaired) == ["李翔→全县经济工作会议"])
        #expect(pairs("12月12日,县委召开老干部情况通报会。县委书记解芳出席并讲话,县委组织部部长王华主持会议。", .chaired) == ["王华→老干部情况通报会"])
        #expect(pairs("县委书记解芳主持召开县委常委会（扩大）会议。", .chaired) == ["解芳→县委常委会（扩大）会议"])
        #expect(pairs("全县经济工作会议在县会议中心举行。县长李翔主持会议并讲话。", .chaired) == ["李翔→全县经济工作会议"])
        // Without a meeting named before, no one chairs.
        #expect(pairs("县长李翔主持。", .chaired).isEmpty)
        #expect(pairs("县长李翔主持调研并讲话。", .chaired).isEmpty)
    }

    @Test func whoChairsASittingChairsTheMeetingNamedBefore() {
        let text = "绛县第十七届人民代表大会第三次会议胜利闭幕。县人大常委会主任孙晓主持闭幕大会。"
        #expect(pairs(text, .chaired) == ["孙晓→绛县第十七届人民代表大会第三次会议"])
    }

    @Test func relationsAreDatedByTheirSentenceOrTheDateline() {
        let article = TestPipeline.link("11月29日,县委书记解芳深入县经济开发区召开协调会。解芳指出,要加快进度。", year: 2022)
        #expect(article.relations.allSatisfy { $0.date?.iso == "2022-11-29" })
    }

    @Test func coOccurrencePairsDistinctGraphEntitiesOfASentence() {
        let found = pairs("县委书记解芳深入横水镇调研,解芳、梁亿参加。", .coOccurs)
        #expect(Set(found) == ["解芳→横水镇", "解芳→梁亿", "横水镇→梁亿"])
    }

    @Test func thePartialGraphCountsSentencesAndTitles() {
        let article = TestPipeline.link("县委书记解芳深入横水镇调研。解芳在横水镇指出。")
        let graph = PartialGraphBuilder(window: .sentence).entities(of: article).graph
        let person = EntityKey(label: .person, name: "解芳")
        let place = EntityKey(label: .place, name: "横水镇")
        #expect(graph.nodes[person]?.mentions == 2)
        #expect(graph.nodes[person]?.titles == ["县委书记": 1])
        #expect(graph.edges[CorpusGraph.Pair(person, place)]?.sentences == 2)
        #expect(graph.edges[CorpusGraph.Pair(person, place)]?.relations.map(\.label) == [.visited])
        #expect(graph.edges[CorpusGraph.Pair(person, place)]?[count: .visited] == 1)
        #expect(graph.edges[CorpusGraph.Pair(person, place)]?.articles == 1)
    }
}
