import NewsGraphCore
import NewsGraphTestSupport
import Testing

/// Table-driven recognition cases with the expected spans marked inline. Each case lists the
/// labels it checks; other labels in the output are ignored for that case.
@Suite struct RecognizerCases {
    struct Case: CustomTestStringConvertible, Sendable {
        let marked: String
        let labels: Set<Label>
        var testDescription: String { marked }
    }

    static func check(_ item: Case) {
        let expected = InlineSpans(item.marked)
        let actual = TestPipeline.marked(expected.text, labels: item.labels)
        #expect(actual == item.marked)
    }

    static let titles: [Case] = [
        "[县委书记|TITLE][解芳|PERSON]深入横水镇调研",
        "[县委副书记|TITLE]、[横水镇党委书记|TITLE][梁亿|PERSON]参加调研。",
        "[县委常委|TITLE]、[副县长|TITLE][王述江|PERSON]、[李彩霞|PERSON]等参加。",
        "[县人大常委会主任|TITLE][孙晓|PERSON]主持召开会议",
        "[县经济开发区党工委书记|TITLE]、[管委会主任|TITLE][程海龙|PERSON],",
        "[政府副县长|TITLE]、[县安监局局长|TITLE][崔滨|PERSON]参加。",
        "[县委常委|TITLE]、[宣传部长|TITLE][薛云涛|PERSON]等参加调研。",
        "[县委办主任|TITLE][徐俊杰|PERSON]等参加活动。",
        "[常务副县长|TITLE][周明|PERSON]强调",
        // A visitor's name ends where 来我县 begins: 吴伟, not 吴伟来.
        "[省委常委|TITLE]、[副省长|TITLE][吴伟|PERSON]来我县调研。",
        // A hospital department heads its office.
        "[心血管内科主任|TITLE]、[主任医师|TITLE][卢志强|PERSON]立即启动导管室",
    ].map { Case(marked: $0, labels: [.title, .person]) }

    @Test(arguments: titles) func titlesAndTheirHolders(_ item: Case) { Self.check(item) }

    /// Village, court, procuratorate, CPPCC, enterprise titles and ranks; offices and
    /// occupations stand alone too.
    static let moreTitles: [Case] = [
        "[村党支部书记|TITLE][李明|PERSON]、[村委会主任|TITLE][王刚|PERSON]参加。",
        "[县政府党组成员|TITLE]、[县公安局局长|TITLE][张军|PERSON]出席。",
        "[张家坡村支部书记|TITLE][张国华|PERSON]、[村委主任|TITLE][赵六|PERSON]和[村监委会主任|TITLE][钱七|PERSON]参加。",
        "[县政府二级巡视员|TITLE][张华|PERSON]、[四级调研员|TITLE][刘伟|PERSON]出席。",
        "公司[党委书记|TITLE]、[董事长|TITLE][赵强|PERSON]和[总经理|TITLE][孙斌|PERSON]介绍。",
        "[县人民法院院长|TITLE][周平|PERSON]、[县人民检察院检察长|TITLE][吴刚|PERSON]、[县政协主席|TITLE][郑明|PERSON]参加。",
        "[记者|TITLE]了解到,项目已开工。",
        "据[教授|TITLE]介绍,[主任|TITLE]已到场。",
        "公司[营销总监|TITLE][周默远|PERSON]介绍,[县委书记|TITLE]高度重视。",
    ].map { Case(marked: $0, labels: [.title, .person]) }

    @Test(arguments: moreTitles) func titlesOfEveryKind(_ item: Case) { Self.check(item) }

    /// Occupations and their stages (实习, 特约) and trades (理财), Latin titles, assistants to an
    /// office; words that only look like offices (司令部, 其中将) and advisers or traders as a
    /// group make none.
    static let occupations: [Case] = [
        "著名[收藏家|TITLE][张三|PERSON]说,银行[理财经理|TITLE][李四|PERSON]和[特约记者|TITLE][王五|PERSON]到场。",
        "公司[CEO|TITLE][赵六|PERSON]、[总经理助理|TITLE][钱七|PERSON]和[助理教练|TITLE]出席。",
        "联合国军司令部宣布,其中将配建学校,公司顾问表示。",
    ].map { Case(marked: $0, labels: [.title, .person]) }

    @Test(arguments: occupations) func occupationsAndTheirStages(_ item: Case) { Self.check(item) }

    /// A place before an office alone stays a place; an organ that ends a longer name belongs to
    /// that body (the place's bureau), and the title is what follows it. A place before an organ
    /// still scopes it.
    static let placeAndOffice: [Case] = [
        "[美国|PLACE][总统|TITLE][克林顿|PERSON]会见了[北京市|PLACE][市长|TITLE]",
        "[绛县|PLACE][县长|TITLE][李四|PERSON]和[横水镇党委书记|TITLE][王五|PERSON]出席",
        // A town or village heads an office of its own level (镇 + 镇长): one title.
        "[横水镇镇长|TITLE][武建军|PERSON]、[横水镇副镇长|TITLE][王刚|PERSON]出席",
        "[郑州市城市规划局|ORG][副局长|TITLE][张三|PERSON]和[县规划局副局长|TITLE][赵六|PERSON]说",
    ].map { Case(marked: $0, labels: [.title, .person, .place, .org]) }

    @Test(arguments: placeAndOffice) func placesBeforeOffices(_ item: Case) { Self.check(item) }

    /// Titles after the name; chains across 、, 和, 及 and 兼 (a county 和县 does not cut a chain);
    /// ranks and grades of county staff; an acting head (代县长); advisers and experts by their
    /// field, not by a trade that ends a company's name (安信证券); trades and services.
    static let chainsAndRanks: [Case] = [
        "[骆惠宁|PERSON][书记|TITLE]主持会议,[张云龙|PERSON][局长|TITLE]介绍情况。",
        "[县委书记|TITLE]兼[县长|TITLE][李明|PERSON]出席,[县委副书记|TITLE]及[常务副县长|TITLE][王刚|PERSON]参加。",
        "[县人大常委会副主任|TITLE]和[县政协副主席|TITLE][张华|PERSON]出席。",
        "[县卫健局一级主任科员|TITLE][赵强|PERSON]、[县农业农村局高级农艺师|TITLE][王五|PERSON]参加。",
        "[县委副书记|TITLE]、[代县长|TITLE][李四|PERSON]出席,[镇人大主席|TITLE][陈明|PERSON]参加。",
        "镇里聘请[法律顾问|TITLE][王芳|PERSON]和[置业顾问|TITLE][李明|PERSON],公司顾问表示。",
        "[农业专家|TITLE][王芳|PERSON]、[建筑设计师|TITLE][李明|PERSON]和银行[信贷员|TITLE][张华|PERSON]说",
        "安信证券[董事长|TITLE][高源|PERSON]和超市[收银员|TITLE][刘丽|PERSON]介绍",
    ].map { Case(marked: $0, labels: [.title, .person]) }

    @Test(arguments: chainsAndRanks) func chainsAfterNamesAndRanks(_ item: Case) { Self.check(item) }

    /// Where an office word names no position: inside the name of a work, as the first half of
    /// a body's name or before 部门, after a scope word that ends a longer name, after 代 ending a
    /// word (当代, 明代), after an organ that ends a name after a topic noun; 国画家 is no word.
    static let officeWordsInOtherWords: [Case] = [
        "新作《汽车驾驶员》上市,[驾驶员|TITLE][李明|PERSON]说",
        "在大使馆外,警察局和记者协会表示,董事会决定,[董事会主席|TITLE][张华|PERSON]说",
        "华北区[总经理|TITLE][李文杰|PERSON]说,艺术村专家组审议",
        "当代大师的作品和明代[画家|TITLE]的画",
        "人居环境委员会[主任委员|TITLE][张元端|PERSON]致词",
        "行业主管部门要求,中国[画家|TITLE]说",
    ].map { Case(marked: $0, labels: [.title, .person]) }

    @Test(arguments: officeWordsInOtherWords) func officeWordsInsideOtherWords(_ item: Case) { Self.check(item) }

    /// A body known by name makes no title, also where the grammar spells it as a place or scope
    /// and organs, or starts inside it: the title is the rank and office after it.
    static let knownBodiesBeforeOffices: [Case] = [
        "[中国人民银行|ORG][副行长|TITLE][易纲|PERSON]表示,[全国人大常委会|ORG][副委员长|TITLE][蒋正华|PERSON]指出",
    ].map { Case(marked: $0, labels: [.title, .person, .org]) }

    @Test(arguments: knownBodiesBeforeOffices) func knownBodiesMakeNoTitle(_ item: Case) { Self.check(item) }

    static let officeAlone: [Case] = [
        Case(marked: "统筹安排好常委会组成人员联系代表", labels: [.title, .person]),
        Case(marked: "会议听取了[主任|TITLE][张敏|PERSON]的汇报", labels: [.title, .person]),
        Case(marked: "孙晓主持召开[县十七届人大常委会第二十五次主任会议|MEETING],", labels: [.title, .meeting]),
    ]

    @Test(arguments: officeAlone) func officeWordsNeedAPerson(_ item: Case) { Self.check(item) }

    static let persons: [Case] = [
        "[解芳|PERSON]指出,基层党组织是乡村振兴的战斗堡垒",
        "在新庄村,[解芳|PERSON]实地查看村容村貌。[解芳|PERSON]强调",
        "高标准规划,高起点建设,周边环境整治。",
        "…为全县重点项目早开工快落地提供精准金融活水。\n[张倩倩|PERSON]",
        // Verbs of sports news confirm a foreign name before them; a club stays a body.
        "下半场,[巴洛特利|PERSON]破门,[阿沙文|PERSON]缺阵,切尔西出战。",
        // A verb after a name ends it (肯定, 钦点 and 赞成 are cues).
        "主帅[鲁滕|PERSON]肯定不想输,新任主帅[范马尔韦克|PERSON]钦点的球员",
        // 本场 after a player's name ends it (本 is also a letter of foreign names).
        "新教练[佐拉|PERSON]本场比赛不会亲自指挥,中场[塞楚尔克|PERSON]本场停赛",
    ].map { Case(marked: $0, labels: [.person]) }

    @Test(arguments: persons) func personsNeedContext(_ item: Case) { Self.check(item) }

    /// Names confirmed by a title after them, a cue, a list, their shape alone, or a colon after a
    /// speaker or a column head opening a line; given names that are common words; compound surnames.
    static let personRules: [Case] = [
        "[骆惠宁|PERSON]书记主持会议。",
        "[张云龙|PERSON]局长介绍了情况。",
        "党工委副书记[张瑞士|PERSON]以及发改参加。",
        "[王平安|PERSON]指出,要加快进度。",
        "会上,[李国庆|PERSON]表示,要抓好落实。",
        "[王述江|PERSON]、[李彩霞|PERSON]等参加。",
        "[葛凯|PERSON]和[薛云涛|PERSON]参加调研。",
        "县长[欧阳明辉|PERSON]强调,要抓好落实。",
        "领导干部学习[邓小平|PERSON]理论。",
        "记者[李中文|PERSON]报道:比赛开始。",
        "[张明|PERSON]说,今年收成好。",
        "[姜山|PERSON]:你之前说过,本轮比赛很关键。",
        "比分是2:1。高速:今天通车。",
        // A columnist's name opens a column head: a topic and a column word before the colon.
        "[张路|PERSON]足彩推荐:主场看好。\n[关小刀|PERSON]火线解盘:客队难胜。\n专家推荐:多吃水果。\n[姜山|PERSON]冷门搜索:热那亚",
        // The column's topic is no part of the name (戴维 + 火线), and a market is a column word.
        "[戴维|PERSON]火线推荐:主场看好。\n[安然|PERSON]火线澳盘:半球中水。",
        // A cue word that begins on the reading's last character ends no name there (曾担任,
        // 如何成为); a gamer's name after a word for a player.
        "他曾担任北京奥运火炬手,如何成为职业选手,美国虫族高手[IdrA|PERSON]。",
        // A given name that is a topic word, between a clear boundary and a cue verb, after a
        // common surname; not after a rarer one.
        "广告中,[杨振兴|PERSON]写道:请与他联络。会上,高发展表示",
        // After a title, a surname of the list that names in the role data never start with.
        "村委会主任[富振江|PERSON]说,村里变了样。",
        // 和 stands in a given name as one of two; before a title it joins two holders.
        "县长[孙和平|PERSON]说,[张永和|PERSON]表示,副总裁[叶璇|PERSON]和销售经理[田源|PERSON]出席。",
    ].map { Case(marked: $0, labels: [.person]) }

    @Test(arguments: personRules) func personsByContextAndShape(_ item: Case) { Self.check(item) }

    /// Surname characters inside ordinary words make no name.
    static let notPersons: [Case] = [
        "高速公路建设加快,王府井大街人多,周边环境整治,李子成熟了。",
        "对于发展中国家而言,投资将达5000余万元。",
        "[主任|TITLE]强调,要抓好落实。",
        "[记者|TITLE]上午获悉,项目已开工。",
        "还有一次,李先生在办公桌旁看书。",
        "花的品种不一样,叶子也不相同,遇到海潮,牛群被冲散,回家问问孙子。",
        // No name by its odds cuts a word in two (甘蓝 + 正在).
        "一车车刚刚采收的白菜、甘蓝正在装车。",
        // Words of county news that start with a surname character (包联, 颜色, 三毛 of 两三毛钱).
        "压实项目包联责任,山楂个头大、颜色正,每斤多卖两三毛钱。",
        // A doctrine's name names no one; words of county news name no one (依次, 林海, 关节炎).
        "学习贯彻习近平新时代中国特色社会主义思想,[书记|TITLE]依次述职,以奇峰、林海著称,关节炎等慢性病",
        "[专家|TITLE]定期开展修剪,文创产品,林木茂盛,行鞠躬礼",
        // Words of county news that start with a surname character (都来, 严禁, 黄芪, 洪亮, 前夕).
        "大家都来,严禁超载,种黄芪,声音洪亮,节前夕",
        // A doctor called by surname and 大夫, a clan's mark; callings no county gold counts.
        "杜大夫随叫随到,参观裴氏家训展厅,导游讲解,班主任和技术员到场,企业家座谈。",
        // Everyday words that start with a surname character.
        "殷红的血,和房东商量过,作了简洁的诠释,毋庸置疑,合作卓有成效,在贺电中指出。",
        // A surname before 姓, a shop, a trump card or a boss called by surname (方总) is no name.
        "一位尹姓[经理|TITLE]表示,走进金店,方总说,王牌[飞行员|TITLE]到场。",
        // A name inside the name of a work is part of that name (a character, a subject); the
        // same name outside it is a person.
        "剧团上演《窦娥冤》和《薛刚反朝》,观看《哈利·波特与魔法石》,诵读《李白》,[县长|TITLE][张平|PERSON]观看。",
    ].map { Case(marked: $0, labels: [.person, .title]) }

    @Test(arguments: notPersons) func wordsAreNotNames(_ item: Case) { Self.check(item) }

    /// Names found by their odds (`rule:person.by-odds`): after a title with no boundary behind
    /// them, or inside running text; common words, honorifics and given names that are common
    /// words need more than odds.
    static let personOdds: [Case] = [
        "十四日,市委书记[张敬涛|PERSON]召集县市主要负责同志开会",
        "县长[吴方军|PERSON]分管磷化工业",
        "说明[江泽民|PERSON]主席对国内经济改革很关心",
        "为广大游客打造舒适、整洁优美、安全有序的环境",
        "要严格执法,廉洁自律",
        "文化、科技、卫生等方面的志愿服务",
        "骂骂咧咧的陈小姐顿时瞠目结舌",
        "这3张卫星图片分别记录了",
        "先后走访了柳林经济开发区、华宇公司",
        // No name by its odds ends on a character that begins a common word after it (永 of
        // 永远, 荣 of 荣耀, 花 of 花费); common words name no one (王者, 普遍, 高清).
        "去年1月15日,是张捷永远也无法忘记的一天,王者荣耀上线",
        "这是2006年,张兰花费了2200万元,分析师普遍认为,高清图:",
        // Nor on one that begins an adverb or a verb after it (姜文 + 立马, 郭菲 + 算得上); 王妃
        // and 秋拍 name no one, and a chapter's count starts none (1402章正文).
        "排练时,[姜文|PERSON]立马变了样,[郭菲|PERSON]算得上节俭,黛安娜王妃的藏品在荣宝秋拍上拍,共1402章正文",
    ].map { Case(marked: $0, labels: [.person]) }

    @Test(arguments: personOdds) func personsByOdds(_ item: Case) { Self.check(item) }

    @Test func oddsNameTheRule() {
        let mentions = TestPipeline.recognize("据悉,吴方军主抓磷化工业").mentions
        #expect(mentions.contains { $0.label == .person && $0.provenance == "rule:person.by-odds(吴)" })
    }

    /// Foreign names: with a middle dot, after a title, or before a cue; not a country before a title.
    static let transliterated: [Case] = [
        "[约翰·史密斯|PERSON]说,这是第一次。",
        "联合国秘书长[科菲·安南|PERSON]希望各方克制。",
        "美国总统[克林顿|PERSON]26日说,推迟访问。",
        "伊朗总统[哈塔米|PERSON]21日在议会讲话。",
        "外长[普里马科夫|PERSON]在会上说",
        "在巴黎宣布了结果",
        "新闻发布会上说,[克林顿|PERSON]总统对俄罗斯总理表示",
        "非洲发展银行行长[卡巴杰|PERSON]时都强调",
        "主持人:谢谢于老师。",
        "巴西外援[卡洛斯|PERSON]和[里贝罗|PERSON]各进一球",
        "以色列总理[内塔尼亚胡|PERSON]和[穆巴拉克|PERSON]就和平进程交换意见",
        // Without a title, two runs of three letters or more joined by 和 confirm each other; a
        // run of two letters does not.
        "[内塔尼亚胡|PERSON]和[穆巴拉克|PERSON]就和平进程交换意见",
        "，穆萨和克鲁斯在场上",
        // Not a list joined to a place, nor one that digits follow: clubs or towns.
        "本周伦敦、卡迪夫和布里斯托尔都有比赛,卡迪夫和布里斯托尔04会出现冷门",
        "阿根廷和巴西的比赛",
        "[西摩尔·霍夫曼|PERSON]同时入围",
        "执行干事[彼得·皮奥|PERSON]在开幕式上讲话",
        "总参谋长[尼古拉·马卡罗夫|PERSON]当天表示",
        "中国彼得大帝湾",
        "。[里德|PERSON]说,两家公司之间没有分歧",
        "美国财长[鲁宾|PERSON]在多个场合均表示",
        "。[阿尔维斯|PERSON]告诉我,巴西的农业",
        "《荡寇》是[余力为|PERSON]执导的第三部长片",
        "对领导班子给予黄牌警告并限期整改",
        // Three letters or more need no boundary before a cue verb or a title.
        "我们祝贺[普拉特|PERSON]先生当选",
        "热烈欢迎[贝拉米|PERSON]总统来访",
        // A foreign name of four letters or more beats a shorter Chinese reading after a title.
        "该党总书记[贾丽莎娜|PERSON]拒绝出席",
        // Sports news verbs after a player's name are cues.
        "本轮虽然[佩罗蒂|PERSON]停赛,球队",
        "左翼[温德斯|PERSON]伤愈归队",
        "他与[何建柏|PERSON]搭档创业",
        // 的《 after a name makes an author; a number's unit starts no name.
        "人们冷落了[高斯顿|PERSON]的《半个》",
        "销量达119万册的《哈利》",
        // A single dash joins two parts of two letters or more like a middle dot; 地 joins only
        // in a dotted name; a last letter that starts a word (特意) stays out of the name.
        "英国议员[汤姆-琼斯|PERSON]出席了会议,道—琼斯指数下跌",
        "前总理[拉·甘地|PERSON]的遗孀,[乔治·布什|PERSON]和[大卫·卡梅隆|PERSON]出席",
        "俄罗斯总统[梅德韦杰夫|PERSON]特意赶来",
        // Two runs of three letters or more joined by a list word are two people.
        "会议任命了[莫罗佐夫|PERSON]和[克拉夫丘克|PERSON]两名部长",
        "评论认为,[安德森|PERSON]和[伊万诺夫|PERSON]势均力敌",
        // An adverb (or 的) between a name and its cue word passes the cue on.
        "会上,[卡尔森|PERSON]还介绍说,工程已经完工;[霍尔曼|PERSON]的建议得到采纳",
        // 却 and 则 pass the cue on too: the name ends before them.
        "收藏者[潘凝|PERSON]却认为,[王明|PERSON]则表示",
        // A master of a trade (老师傅) is no teacher (老师) and introduces the name after it.
        "从业40多年的老师傅[陈博|PERSON]说",
        // 决定 and 敦促 are cue verbs.
        "会后,[卡特|PERSON]决定推迟访问;[穆萨|PERSON]敦促各方克制;[卡迪|PERSON]等人被控受贿",
        // 主力, 新帅, 冠军 are words for what someone is.
        "球队主力[卡萨|PERSON]伤愈复出,新帅[贝尔|PERSON]很满意,世界冠军[亨德利|PERSON]输了",
        // A nickname in quotes that ends with a role word introduces the name after it.
        "人称“台球王”[亨特|PERSON]也输了",
        // Words about a person's life after the name are cues: 生平, 诞辰, 遗孀 (after 的).
        "这是一本有关[杜甫|PERSON]生平的书,纪念[莫扎特|PERSON]诞辰250周年",
        // With no cue, a run ending like a surname names a person; one that names a ship
        // class or a work after a quote or 《 does not, nor does a club's run with no such ending.
        "议会第二次否决了对[谢尔盖延科|PERSON]的提名,[库尼佐娃|PERSON]的反对也没用",
        "两艘“安德罗诺夫”级护卫舰和《卡列维奇》剧组都来了。",
        "上轮主场,布莱克本输给了阿森纳,她买了一个布娃娃。",
        // Italian -etti ends surnames; 夫 alone ends towns as well as surnames.
        "，[马尔凯蒂|PERSON]的变阵没有奏效，哈尔科夫的市民很失望",
        // Italian -ini, Portuguese -inho, Spanish -res and English -son end surnames.
        "，[加斯佩里尼|PERSON]只能使用替补，[罗比尼奥|PERSON]的状态不错，[阿尔瓦雷斯|PERSON]的状态，[埃里克森|PERSON]的状态",
        // A day right after a run and a clear boundary: someone acting on that day.
        "，[萨利姆|PERSON]今天下午抵达首都,[瓦希德|PERSON]9日晨发表讲话",
        // 申, 猜, 素 and 通 are syllables of Russian, Thai and Sinhalese names.
        "内务部长[科罗申|PERSON]、副总理[素拉猜|PERSON]和总统[维拉通加|PERSON]出席",
    ].map { Case(marked: $0, labels: [.person]) }

    @Test(arguments: transliterated) func transliteratedNames(_ item: Case) { Self.check(item) }

    /// A word for what someone is right before a name confirms it like a title, without being one
    /// (`rule:person.after-role`); it does not make a common word a name.
    static let afterRole: [Case] = [
        "全兴队前锋[黎兵|PERSON]在上半场攻入一球",
        "生才50天的女儿[潘研|PERSON],从老家赶来",
        "她的丈夫和女儿都来了",
        "几名队员严格执行战术",
        "村民[王建国|PERSON]告诉[记者|TITLE]",
        // A full name after a role word may run straight into its verb; a verb after it stays none.
        "村民[王平安|PERSON]笑得合不拢嘴,他带领村民修路建桥",
        "在她丈夫罗文塔尔的支持下",
        // Party members, the public and cadres of county news are everyday roles too.
        "老党员[王平安|PERSON]今年八十岁,群众[李国庆|PERSON]说,坚持群众路线,干部作风转变",
        // A word of everyday local life introduces Chinese names, not foreign ones.
        "他带领村民修路,职工加班,养殖户[李长青|PERSON]说",
        "乡下农民管起了城里大市场",
        "[中国女子曲棍球队|ORG]获得冠军",
        // A shirt number of one or two digits introduces a player; a house number does not.
        "第10分钟,7号[罗西尼|PERSON]头球破门",
        "[辽宁队|ORG]17号[李小鹏|PERSON]射门得分",
        "工农路1128号欧亚大厦",
        "同兴街69号visa公司",
        // An age before a name introduces it too.
        "今年六十岁的[于建国|PERSON]每天早起",
        "这位45岁的[巴姆森|PERSON]继续发挥余热",
        "他是18岁的少年",
        // A function surname after a role word, with two given characters only.
        "退休职工[何振华|PERSON]今年七十岁",
        "几位村民何时回来",
        "正如学者[丁晓东|PERSON]所写",
        "政坛元老[宋明|PERSON]、[李华|PERSON]出席",
    ].map { Case(marked: $0, labels: [.person, .title, .org]) }

    @Test(arguments: afterRole) func namesAfterAWordForWhatSomeoneIs(_ item: Case) { Self.check(item) }

    /// Names in Latin letters: after a title or before a cue verb; never an acronym, nor a run
    /// before 等.
    static let latin: [Case] = [
        "游戏[执行制作人|TITLE][BenBell|PERSON]这样表示",
        "。[Svensson|PERSON]表示,比赛很艰难",
        "公司[CEO|TITLE]表示,今年不裁员",
        "bet365等公司早早压低了主胜赔率",
        // A name's Latin spelling in brackets is the same person; a short code or an acronym is not.
        "[画家|TITLE][约翰·史密斯|PERSON]([JohnSmith|PERSON])来访,[王明|PERSON]([CEO|TITLE])和[李红|PERSON](abc)出席",
        "出版人[罗伯特|PERSON]（[robert mills|PERSON]）说",
        // Right after a title, a Latin name needs no boundary after it: its letters end it.
        "游戏的[编剧|TITLE][CoreyMay|PERSON]丝毫不掩饰",
    ].map { Case(marked: $0, labels: [.person, .title]) }

    @Test(arguments: latin) func namesInLatinLetters(_ item: Case) { Self.check(item) }

    /// A reading past a not-name word (刘海 of 刘海亮) needs a title before and a clear boundary
    /// after; a `two-given` character (长, 为) stands only as one of two, before a clear boundary.
    static let guardedReadings: [Case] = [
        "银行业总监[刘海亮|PERSON]认为,目前",
        "她的刘海很长",
        "做好任前发言准备,任职培训",
        "苹果、石榴销往东南亚",
        "夏粮喜获丰收,察看焦炉超低排放改造",
        "种植芦笋,出门戴口罩",
        "管委会主任[王为民|PERSON]。",
        "副局长[萧长瑞|PERSON]表示,办法发布",
        "以预防或解决学生成长中问题",
        "。[闫大为|PERSON]认为,银行参与",
        "县长[张明|PERSON]为此事召开会议",
        "每经记者[吴宇宸|PERSON]发自成都",
        // A two-given character that is a function word (为, 向) before a word is that word.
        "县长[李翔|PERSON]为企业颁奖,志愿者[王芳|PERSON]、[李娜|PERSON]为群众义诊,副县长[张大为|PERSON]指出",
    ].map { Case(marked: $0, labels: [.person]) }

    @Test(arguments: guardedReadings) func readingsPastAWordOrWithATwoOnlyCharacter(_ item: Case) { Self.check(item) }

    /// Given names the role data never saw in that place (开 of 金石开); names that start with a
    /// common word or a county's bare name, next to a title or after a role word; a go player's
    /// rank; a home after a name; 现任; two transliteration letters after a title. Kinship
    /// words and words after a role word stay no names.
    static let namesFromWordsAndRanks: [Case] = [
        "[金石开|PERSON]:我倒觉得阿森纳继续领跑。",
        "县长[王国华|PERSON]说,今年收成好。",
        // Once a title has confirmed it, the name is found again alone.
        "县长[王国华|PERSON]说,要抓好落实。[王国华|PERSON]同志强调,",
        "镇长[高明亮|PERSON]主持会议。",
        "[王国华|PERSON]书记一行来到横水镇。",
        "王国的故事很长。",
        "副县长[卫东方|PERSON]主持会议。",
        "村民[李国庆|PERSON]家的苹果丰收了。",
        "王家的孩子上学了。",
        "[张瑞士|PERSON]现任县文旅局局长。",
        "[邵炜刚|PERSON]八段执白中盘胜[王磊|PERSON]六段;[郑弘|PERSON]九段执白",
        "哥伦比亚裁判[雷东|PERSON]出示了三张红牌",
        "他从中国音乐学院研究生班毕业",
        "当时听了就哭了,还跟赵奶奶说了",
    ].map { Case(marked: $0, labels: [.person]) }

    /// A one-character appointment word (任, 为) between a name and a title ends the name
    /// (`王明任县委副书记`); 为 stays in the name when a cue follows the title (`张大为书记指出`).
    static let appointedNames: [Case] = [
        "[王明|PERSON]任[县委副书记|TITLE],任命[赵刚|PERSON]为[县财政局局长|TITLE]。",
        "[张三|PERSON]曾任[县长|TITLE]。[张大为|PERSON][书记|TITLE]指出",
    ].map { Case(marked: $0, labels: [.person, .title]) }

    /// A `、` list of names confirms its members towards the head and across several of them,
    /// names that are common words (王平安, 李国庆) and a whole common word with a common
    /// surname (高峰) included.
    static let listsOfNames: [Case] = [
        "优秀共产党员(10名):[王平安|PERSON]、[李国庆|PERSON]、[高峰|PERSON]、[马秀兰|PERSON]、[段建民|PERSON]。",
        "表彰了[马秀兰|PERSON]、[高峰|PERSON]、[王平安|PERSON]。",
        // Each item may carry its unit in brackets after the name.
        "优秀教师:[侯志强|PERSON](陈村镇中心学校)、[关雅丽|PERSON](绛县实验中学)、[史国华|PERSON](安峪镇中心学校)。",
    ].map { Case(marked: $0, labels: [.person]) }

    /// A name that is a common word as a whole (高峰), right after a title and before a cue or
    /// a list joiner, or after 记者 before punctuation (in a lead's byline, where 记者 credits
    /// the name and is no title); words after a title stay words (严格, 高度, 周三).
    static let wordNamesAfterTitles: [Case] = [
        "[县长|TITLE][高峰|PERSON]出席,[镇长|TITLE][高峰|PERSON]、[副县长|TITLE][李明|PERSON]主持",
        "[县长|TITLE]严格要求,[书记|TITLE]高度评价,[官员|TITLE]周三表示",
        "本报讯(记者 [高峰|PERSON])",
    ].map { Case(marked: $0, labels: [.person, .title]) }

    @Test(arguments: wordNamesAfterTitles) func aWordNameAfterATitle(_ item: Case) { Self.check(item) }

    /// A compound surname and one given character with punctuation or a clear word on one
    /// side; compound surnames that are mostly words (第五, 百里, 司空) stay words.
    static let compoundSurnames: [Case] = [
        "聆听[司马光|PERSON]“砸缸救友”的故事,[司马南|PERSON]到场",
        "第五次夺冠,八百里秦川,司空见惯",
    ].map { Case(marked: $0, labels: [.person]) }

    @Test(arguments: compoundSurnames) func aCompoundSurnameAndOneGivenCharacter(_ item: Case) { Self.check(item) }

    @Test(arguments: listsOfNames) func aListOfNamesConfirmsItsMembers(_ item: Case) { Self.check(item) }

    /// A surname and 老 standing on their own name an elder by the surname alone, which no other
    /// occurrence of the character repeats; words with 老 and longer names stay as they are.
    static let respectedElders: [Case] = [
        "“[吕|PERSON]老，您身体还好吗？”[胡|PERSON]老说，古老的村子里，李老板也说，[王老五|PERSON]也来了",
        "，[胡|PERSON]老介绍说，这些都不是胡说。",
    ].map { Case(marked: $0, labels: [.person]) }

    @Test(arguments: respectedElders) func aSurnameAndLaoNameAnElder(_ item: Case) { Self.check(item) }

    /// Royal ranks after a name confirm it (before it they are role words).
    static let royalRanks: [Case] = [
        "，[萨勒曼|PERSON]亲王会见了代表团，[明德|PERSON]天皇的诏书",
    ].map { Case(marked: $0, labels: [.person]) }

    @Test(arguments: royalRanks) func aRoyalRankAfterAName(_ item: Case) { Self.check(item) }

    /// A stem before the remains of a place (遗址, 旧址) names that place, not a person.
    static let sites: [Case] = [
        "做好禹王城遗址保护工作",
    ].map { Case(marked: $0, labels: [.person]) }

    @Test(arguments: sites) func aStemBeforeASiteIsNoPerson(_ item: Case) { Self.check(item) }

    /// A one-character body suffix after an office that starts a foreign name (科 of 科尔) ends
    /// no body: the office is a title and confirms the name; a section's head still is one.
    static let officeBeforeForeignName: [Case] = [
        "[德国|PLACE][总理|TITLE][科尔|PERSON]进行磋商",
        "秘书科[科长|TITLE][王明|PERSON]说",
    ].map { Case(marked: $0, labels: [.person, .title, .place]) }

    @Test(arguments: officeBeforeForeignName) func anOfficeBeforeAForeignName(_ item: Case) { Self.check(item) }

    /// An anonymised party (王某某, 刘某, as court news writes them) names no one: CLUENER never
    /// tags one, and the People's Daily set tags only the bare surname. 某 stands in no given name.
    static let anonymised: [Case] = [
        "被告人王某某、刘某某到庭,证人张某说",
    ].map { Case(marked: $0, labels: [.person]) }

    @Test(arguments: anonymised) func anAnonymisedPartyIsNoPerson(_ item: Case) { Self.check(item) }

    @Test(arguments: appointedNames) func anAppointmentWordEndsTheName(_ item: Case) { Self.check(item) }

    @Test(arguments: namesFromWordsAndRanks) func namesFromCommonWordsRanksAndHomes(_ item: Case) { Self.check(item) }

    /// Well-known persons by name (`persons_known.tsv`): a foreign or Chinese leader with no title
    /// or cue next to them, and inside a doctrine named after them; never where the listed name is
    /// only part of a longer name, of a word, of a place or of a body.
    static let knownPersons: [Case] = [
        "[叶利钦|PERSON]今天签署了这项法令。",
        "代表团会见了[金大中|PERSON]和[桥本龙太郎|PERSON]。",
        "大家认真学习[马克思|PERSON]主义和[邓小平|PERSON]理论。",
        "[江泽民|PERSON]同志的讲话很重要。",
        // Part of a longer name: a given-name character after it, a dotted or dashed name, more
        // foreign letters.
        "村民[李鹏飞|PERSON]说,今年收成好。",
        "[罗伯特·肯尼迪|PERSON]遇刺。",
        "外援[戈尔曼|PERSON]说,比赛很艰苦。",
        "[麦卡特尼|PERSON]说,这首歌很好听。",
        // Part of a word: 宣布 + 什么 holds no 布什.
        "他宣布什么时候出发?",
    ].map { Case(marked: $0, labels: [.person]) }

    @Test(arguments: knownPersons) func wellKnownPersonsByName(_ item: Case) { Self.check(item) }

    /// A listed name that names a place or body in its context is no person there.
    static let knownNamesInPlacesAndBodies: [Case] = [
        "[达尔文市|PLACE]位于[澳大利亚|PLACE]北部。",
        "他参观了[徐悲鸿纪念馆|PLACE]。",
        "[乔丹体育公司|ENTERPRISE]发布了新品。",
        "[宋庆龄基金会|ORG]捐赠了图书。",
    ].map { Case(marked: $0, labels: [.person, .place, .org, .enterprise]) }

    @Test(arguments: knownNamesInPlacesAndBodies) func aKnownNameInAPlaceOrBodyIsNoPerson(_ item: Case) { Self.check(item) }

    @Test func knownPersonsNameTheirListLine() {
        let mentions = TestPipeline.recognize("叶利钦今天签署了这项法令。").mentions
        #expect(mentions.contains { $0.label == .person && $0.text == "叶利钦" && $0.provenance.hasPrefix("persons_known.tsv:") })
    }

    /// Japanese names: a family name from `japanese_surnames.tsv` and a given name, after a title
    /// or before a cue; the family name alone only before a title; never a Chinese word, place or
    /// company that reads as one.
    static let japanese: [Case] = [
        "日本首相[桥本龙太郎|PERSON]在今天晚上同美国总统通了电话",
        "日本队教练[冈田武史|PERSON]说,很遗憾没进球",
        "丰田公司宣布召回",
        // The family name alone only right before a title, or between a clear boundary and a
        // cue verb; a place or company there stays one.
        "记者问及此事,[桥本|PERSON]首相未作回答。他转达了对[小渊|PERSON]外相的问候",
        "中山市长会见了客人,丰田总经理表示",
        "会谈后,[佐藤|PERSON]还表示,双方将继续磋商;丰田表示不予置评",
        "韩国的[金泽洙|PERSON]苦战五局",
    ].map { Case(marked: $0, labels: [.person]) }

    @Test(arguments: japanese) func japaneseNames(_ item: Case) { Self.check(item) }

    static let places: [Case] = [
        "深入[横水镇|PLACE]调研,打造富有[绛县|PLACE]特色的示范点",
        "在[新庄村|PLACE],实地查看村容村貌",
        "在[绛北大峡谷景区|PLACE],要着力提升景区品质,优化景区道路",
        "要加快推进美丽乡村建设,借鉴兄弟县市好的经验做法,为全县发展",
        "持续支持我县经济社会发展,乡村振兴重点帮扶县政策落实",
        "代表团访问[美国|PLACE]和[日本|PLACE],会见[山西|PLACE]和[运城|PLACE]的代表",
        // A province or city and the city or county in it written solid are one place; a town
        // and its village are two; a doctrine's name holds no place.
        "[山西绛县|PLACE]人,[河南洛阳|PLACE]人,[山西省运城市|PLACE],[横水镇|PLACE][新庄村|PLACE],学习习近平新时代中国特色社会主义思想",
        // A sight's suffix before a village's level is the village's; words that hold a level
        // or a suffix, or stand before one, name nothing.
        "在[大交镇|PLACE][乔寺村|PLACE],一名县委常委牵线搭桥,市容市貌,建制村,城乡社区,春季山区,节假日景区,排查山洪",
        // Verbs and words before a suffix are no part of a name; a not-place word before a
        // one-character suffix names nothing.
        "挖掘[广胜寺|PLACE]文化,古刹[兴唐寺|PLACE],精品景区,全镇山洪灾害,[上山遗址|PLACE]",
        // A town and a one-character suffix is none: the suffix begins the village after it.
        "在[磨里镇|PLACE][峪口村|PLACE]地质灾害隐患点",
        // A verb of going before a suffix takes it as its object.
        "专家来村里指导,准备去村卫生室,能回乡创业,上午进峡谷,下午访古寺,冬季少登山,白天逛古城",
        // Rivers of 山西 by name; words of county news that hold a suffix or a place name nothing.
        "[汾河|PLACE]、[浍河|PLACE]沿线,[汾河|PLACE]河段,小麦镇压,推出戏曲进景区、夜游古城,创下景区新高,重于泰山,森林草原防火",
        // Rivers of 山西; a town's team is no body, the town a place; verbs before a suffix.
        "护好[漳河|PLACE]、[浊漳河|PLACE],后进村整顿,队员走上球场,[裴庄镇|PLACE]代表队夺冠",
        // A count before a suffix (两名村干部, 几个村, 300余名村干部), a town's seat, a verb of
        // training before a village's post and a higher-level hospital name nothing.
        "两名村干部发言,几个村联合,镇区学校扩建,300余名村干部参加培训村党组织书记专题班,转诊上级医院",
        // A court's generic post and a town's team name no body, the town stays a place; a
        // Yellow River ferry is a place.
        "法官工作站设在村里,[横水镇|PLACE]代表队夺冠,[茅津渡|PLACE]游人多",
        // A game and more verbs before a suffix name nothing.
        "打响樊村保卫战,下一步村里修路,举行雪地拔河比赛",
        // Verbs before a suffix, and an honour that ends in 县, name nothing.
        "热爱农村,勉励村干部,改造镇村道路,共清理河道垃圾,创建县级示范,建设教育强县",
        // A generic venue names no place (学校体育场, 文体广场); a park with a name is one.
        "学校体育场,镇文体广场,村级健身广场,科普展馆,亲子乐园,城区人均公园,[长阳体育公园|PLACE]",
        // Verbs before a place's suffix (查阅, 讲解, 探索, 尽享, 入汛, 至) are no part of its name.
        "查阅水库台账,现场讲解遗址,探索遗址保护,尽享山水,入汛前村里排查,从县城至[绛北大峡谷景区|PLACE]",
        // Labels of villages and rivers, phases and time words before a suffix name nothing; a
        // river's flood land leaves the river.
        "学习先进村经验,评选优秀村干部,消除薄弱村、空壳村,建设幸福河湖,[黄河|PLACE]滩区,过去河滩上,假期村里游客多,共设立县、乡、村三级河长,决赛移至县体育馆",
        "[香港|PLACE]、[纽约|PLACE]和[中东|PLACE]的市场",
        "大力发展中国家之间的合作",
        "推动[中|PLACE][美|PLACE]关系发展,[印|PLACE][巴|PLACE]两国领导人",
        "总统访[华|PLACE]期间,会议在[京|PLACE]召开",
        "中美术馆,美日常生活,在京剧院演出",
        "游览[泸沽湖|PLACE]和[长滩岛|PLACE],在[人民广场|PLACE]和[中山公园|PLACE]拍照",
        "从[浦东国际机场|PLACE]到[法门寺|PLACE],住在[金贸大厦|PLACE]",
        "坚持绿水青山就是金山银山,守护好大好河山",
        "公司股票正式上市,各地纷纷下乡送锦旗",
        "一座大山里的江湖,翻过一座山,进入公园",
        // A time word, verb or adverb is no stem: the suffix after it makes no place, and a
        // name after it still starts there.
        "今年村集体收入增加,一旦社区、街道办到位,否则公园管理员将其逐出公园,这是一个认识误区",
        "今年[新庄村|PLACE]、去年[横水镇|PLACE]、当年[闻喜县|PLACE]",
        "游览[东华山景区|PLACE]、[冷口温泉度假村|PLACE]和[东华山生态园|PLACE]",
        // Old forts and reservoirs are places; a bridgehead and a reservoir's class are not.
        "[昌泰堡|PLACE]、[天顺堡|PLACE]等古堡,河水流入[密云水库|PLACE],打造开放桥头堡,加固病险水库",
        // Cemeteries, memorial parks, ridges, valleys, gorges, grasslands and underground rivers
        // of county tourism by suffix; a valley's floor and a mountain valley are none, nor is a
        // palace in 宫颈.
        "游览[马鬃岭|PLACE]、[桃花谷|PLACE]、[鲜花岭红军纪念园|PLACE]和[金寨革命烈士陵园|PLACE],经济走出谷底,山谷里",
        "走进[湟川三峡|PLACE]、[连州地下河|PLACE]和[京北第一草原|PLACE],消除宫颈癌",
        // Burial grounds by suffix; a fruit and fellow villagers name no place; a memorial hall
        // after a role word (烈士) is one.
        "在[横水西周墓地|PLACE],“[绛县|PLACE]山楂”金字招牌,原、被告系同村村民,走进[兴国革命烈士纪念馆|PLACE]",
        // Expo parks, courtyard mansions and ancestral temples by suffix; words that hold a
        // suffix, verbs and time words make none (共引进省外项目, 节日期间景区, 翻阅返乡人员台账).
        "在[万荣笑话博览园|PLACE]、[李家大院|PLACE]和[后土祠|PLACE],全县共引进省外项目,节日期间景区人多,翻阅返乡人员台账,用好乡土人才",
        // An ancestral temple after its county; along a lake names none.
        "参观[绛县|PLACE][司马光祠|PLACE],畅军沿湖察看",
        // Culture parks by suffix; 除 is no part of a sight's name, nor 兴国山 of 兴国山歌.
        "除[龙门景区|PLACE]外,[古耿文化园|PLACE]等景点,兴国山歌",
        // Neither 游 nor 共享 is part of a sight's name; river patrols name no river.
        "共享温泉盛宴,游[酒埠江水库|PLACE],开展巡河护河行动",
        // A verb is no reservoir's name (确保水库安全度汛).
        "确保水库安全度汛,加固[柳泉水库|PLACE]",
        // A goal that ends in a county's name, and a joiner before 县城, name no county.
        "实施产业兴县战略,推进管网改造工程和县城供热,病人往县里跑,依托古村资源,完成村屯绿化",
        // A sight named in full is found again by its name without the area suffix, not by two
        // characters of it.
        "走进[皇城相府景区|PLACE]调研。[皇城相府|PLACE]是金字招牌,[蟒河景区|PLACE]的蟒河水很清",
        // Words that hold a place suffix or stand before one name nothing: a village's history
        // hall, mountain roads, village doctors, winter and upland sights, fairs.
        "走进村史馆,走8公里山路,干了一辈子村医,冬季景区人多,山地景区凉爽,剩余社区,家庭农场市集",
        // The home county's sights by name (东华山, not 华山), and valleys by their suffix.
        "游览[东华山|PLACE]、[沸泉|PLACE]、[皇姑幔|PLACE]和[陈村峪|PLACE]",
        // Reservoir areas, basins and groups of old buildings by suffix; a county's level that
        // begins 县级 is no county (和 + 县级).
        "在[小浪底库区|PLACE]、[金衢盆地|PLACE]和[郑义门古建筑群|PLACE],各乡镇(街道)和县级有关部门",
        // A sight's own name starts after a place written with its level (the place only locates it).
        "在[横水镇|PLACE][龙泉山景区|PLACE],游览[山西省绛县|PLACE][东华山景区|PLACE]和[中山公园|PLACE]",
        // An ethnic township takes its people into the suffix (no gazetteer needed); a clan is none.
        "来到[漆碑土家族乡|PLACE]和[喇嘛甸满族乡|PLACE],王氏家族乡贤回乡",
        // Palaces, bays, rivers and bridges by suffix; a suffix that begins a listed place
        // (河 of 河南省) or a listed word is none, and common nouns in 路, 街 are no places.
        "游览[卢浮宫|PLACE]和[布达拉宫|PLACE],到[亚龙湾|PLACE]看海,在[斯坦福桥|PLACE]观战",
        "[河南省|PLACE]和[河北省|PLACE]交界,湾区发展",
        "拓宽就业门路,开拓思路,在街头",
        // A street address is one place: places, a road, a house number, a floor.
        "地址在[绛县古绛镇涑水街15号|PLACE]。报名地点:[上海市虹口区甜爱支路23号2楼|PLACE]",
        "报名地点:[南京路86号|PLACE],第3号文件和12号令",
        // A road without a number after a word that says where (`RoadPlaces`); common words in
        // 路, 街 and 巷, and a road character that begins a word (路线, 街道), stay out.
        "新店位于[振华路|PLACE]上,沿着[涑水西路|PLACE]往东,家住[兴华大街|PLACE]",
        "东至[经一南路|PLACE]、[经二南路|PLACE],西至[军张路|PLACE]",
        "在高速公路上,走在发展道路上,现在思路清楚,在繁华路段,在路网和街头,在这条路上",
        // A sight's stem may start right after a word that says where (`WhereCues`), but not
        // inside a word that the cue begins or ends (登陆, 去往, 旅游).
        "上午游览古镇,下午登[青城山|PLACE],即可遥望[玉龙雪山|PLACE],可观[泸沽湖|PLACE]全景",
        "每年去看香山红叶,大家计划去往白沙滩,球星首次登陆伯纳乌球场",
        // A one-character verb before a sight is no part of it, nor is a clause word or 做客;
        // a listed place that starts with such a character keeps it (来宾市).
        "酒店很好,离[凯恩斯市|PLACE]很近,我们很喜欢[苏州博物馆|PLACE],球队做客[伯纳乌球场|PLACE],[来宾市|PLACE]下辖多个县",
        // A foreign name in transliteration characters may be longer than the rule's stem.
        "他们乘船到达[塔比拉兰镇|PLACE],又游览了[瓦卡蒂波湖|PLACE]",
        // Deserts, volcanoes, straits and avenues by suffix.
        "穿越[撒哈拉沙漠|PLACE]后登上[阿贡火山|PLACE],乘船经过[霍尔木兹海峡|PLACE],漫步[滨海大道|PLACE]",
        // A count before a suffix is no part of a name, even after a clause word.
        "境内没有一条内河,村里有两座山,游览[五大连池景区|PLACE]",
        // Verbs before a sight end its stem; 驻村 names no village.
        "款项用于修缮[圣寿寺|PLACE],他致电[英国泰特美术馆|PLACE],干部确保驻村",
        // A sight suffix that begins or ends a common word makes no place there.
        "他画[桂林|PLACE]山水,收藏清代宫廷器物,望着平静湖水和高楼大厦",
        // A bare 区 names a district only right after a place: not after a common word.
        "欧元区经济低迷,[上海市|PLACE][虹桥区|PLACE]发布",
        // States of federal countries are listed places.
        "驻[俄亥俄州|PLACE]的部队和[北卡罗来纳州|PLACE]的工厂,[拉贾斯坦邦|PLACE]的村庄",
        // A place inside the name of a work (a newspaper, a magazine, a book, a law) is part of
        // that name, none the article names.
        "据《洛杉矶时报》和《新英格兰医学杂志》报道,他出版了《长江三日》,重读《呼啸山庄》,游览[长江|PLACE]",
        // A listed place whose first character ends a word before it is none (造成 + 县域);
        // words of the river-chief system name no lake or river, nor does a 河道.
        "要把产业打造成县域经济的支柱,这会造成都市拥堵,在[成都|PLACE]调研",
        "全面推行河长制、湖长制和林长制",
        // A stem starts after a listed word that runs into it: 西北部 + 塔科马市.
        "[美国|PLACE]西北部[塔科马市|PLACE]最近宣布",
        // A river after a town starts after the town; a site with 遗址 is a place.
        "[横水镇|PLACE][柳泉河|PLACE]河道整治,考察[东周古城遗址|PLACE]",
    ].map { Case(marked: $0, labels: [.place]) }

    @Test(arguments: places) func placesByGazetteerAndSuffix(_ item: Case) { Self.check(item) }

    static let organisations: [Case] = [
        Case(marked: "[县审计局|ORG]要全面履行审计监督职责", labels: [.org]),
        // Verbs before a body's suffix are no part of its name.
        Case(marked: "委托[县林业局|ORG]鉴定,授予[县人民医院|ORG]称号,补齐农村学校短板,整合[县中医医院|ORG]资源,旁听中学生辩论", labels: [.org]),
        Case(marked: "学习市级医院经验,履行公立医院职责,助力[县人民医院|ORG]发展,表彰获奖学校,须经[县应急管理局|ORG]批准", labels: [.org]),
        Case(marked: "在[横水镇政府|ORG],听取汇报", labels: [.org, .place]),
        // 政府 is a body after a county, town or village and after a place named with its level,
        // not after a country nor after a bare 市 (but 市人民政府 is the city's, written in full).
        Case(marked: "[中国|PLACE]政府表示,市政府决定,[县政府|ORG]和[绛县人民政府|ORG]部署", labels: [.org, .place]),
        Case(marked: "[运城市人民政府|ORG]、[山西省政府|ORG]和[市人民政府|ORG]联合发文", labels: [.org, .place]),
        // A company named in full is named again by its short form, with or without its trade;
        // a short form that is a sight the company is named after is not taken.
        Case(marked: "走进[绛县太岳精工机械有限公司|ENTERPRISE]车间。[太岳精工|ENTERPRISE]创办于2003年,[太岳精工机械|ENTERPRISE]产品远销海外。", labels: [.enterprise]),
        Case(marked: "[绛县东鑫煤业有限公司|ENTERPRISE]投产。在[东鑫煤业|ENTERPRISE],检查组查看了台账;[霓虹灯厂|ENTERPRISE]开业,霓虹灯亮了。", labels: [.enterprise]),
        // Each trade taken off gives a short form (华信精密电路 → 华信精密).
        Case(marked: "[深圳市华信精密电路有限公司|ENTERPRISE]投产,[华信精密|ENTERPRISE]预计年新增产值15亿元。", labels: [.enterprise]),
        // A county's own body written with its level alone; a station and a centre of a
        // county's services; a cooperative named by its trades alone is a kind, not a name.
        Case(marked: "[县疾病预防控制中心|ORG]、[市妇幼保健院|ORG]、[县茶叶技术推广站|ORG]和[县农技推广中心|ORG]参加", labels: [.org]),
        Case(marked: "全县有茶叶专业合作社300余家,[红星村养殖专业合作社|ENTERPRISE]是其中之一", labels: [.enterprise]),
        // Centres of protection and management and a town's people's tribunal; verbs and a
        // count before a kind of body make no name (扶持培育一批专业合作社).
        Case(marked: "[县文物保护中心|ORG]、[历山风景区管理中心|ORG]和[陈村人民法庭|ORG]参加,扶持培育一批专业合作社", labels: [.org, .enterprise]),
        // A body's name ends before a verb that is also a bureau's short name (县果业发展中心 + 统计);
        // the State Grid's short name heads its county company; 厂房 and 银行卡 hold no body.
        Case(marked: "据[县果业发展中心|ORG]统计,[国网平陆县供电公司|ENTERPRISE]施工,主体厂房封顶,不要出借银行卡", labels: [.org, .enterprise]),
        // Family farms are companies, but not a kind of them (共有县级示范家庭农场), nor an e-commerce
        // company; the youth league heads a city's committee; parks and high-tech zones are bodies.
        Case(marked: "全县共有县级示范家庭农场12家,[攸县谷香家庭农场|ENTERPRISE]在一家电商公司上架,[共青团运城市委|ORG]表彰,[运城高新技术产业开发区|ORG]和[网岭循环经济工业园|ORG]", labels: [.org, .enterprise]),
        // 新材料 is written 新材 in a short form; 智能 and 装备 are trades.
        Case(marked: "[运城市华瑞新材料有限公司|ENTERPRISE]增产,[华瑞新材|ENTERPRISE]的铝箔;[赣州鑫达智能装备有限公司|ENTERPRISE]投产,[鑫达智能|ENTERPRISE]预计", labels: [.enterprise]),
        // Trades written short (文化旅游 → 文旅, 汽车零部件 → 汽配), a trade dropped at the end (销售).
        Case(marked: "[绛县涑源文化旅游开发有限公司|ENTERPRISE]成立,[涑源文旅|ENTERPRISE]运营;[山西恒远汽车零部件有限公司|ENTERPRISE]投产,[恒远汽配|ENTERPRISE]扩产;[绛县鑫源汽车销售有限公司|ENTERPRISE]开业,[鑫源汽车|ENTERPRISE]促销", labels: [.enterprise]),
        // A vocational education centre; 常常 and 拨打 are no part of a place's name.
        Case(marked: "[县职业教育中心|ORG]招生,他常常回村,可拨打县热线", labels: [.org, .place]),
        // A police station after its bureau is one body; 落户 and 春游 are no part of a name.
        Case(marked: "[县公安局玉潭派出所|ORG]民警,项目落户[运城经济开发区|ORG],春游[运城|PLACE]", labels: [.org, .place]),
        // A body known by two characters whose first ends a word is none (其中 + 超过, 村民 + 建);
        // a generic village clinic is no body, one named with its village is; 和 after a name
        // joins it to a county's body (刘晓燕 + 和 + 县农业农村局, not the county 和县).
        Case(marked: "其中超过50万元,给村民建档案,[磨里镇柳庄村卫生室|ORG]已是标准化村卫生室,郭秋菊打开卫生室", labels: [.org]),
        Case(marked: "镇长刘晓燕和[县农业农村局|ORG]负责人介绍", labels: [.org, .place]),
        // A company after a development zone is no unit of it; an address is no scope of the
        // body after it; a visit is no part of a name, nor is a farmers' harm a bank.
        Case(marked: "在[县经济开发区|ORG][山西晋华新能源科技有限公司|ENTERPRISE]举行,地址:[府前路8号|PLACE][县委组织部干部监督室|ORG]", labels: [.org, .enterprise, .place]),
        Case(marked: "[县投资促进中心|ORG]对接[县职业中专|ORG],登门拜访商会,打击坑农害农行为", labels: [.org, .enterprise]),
        // Verbs before a suffix are no part of a name.
        Case(marked: "[南樊镇卫生院|ORG]派来医生,加上合作社统一收购", labels: [.org, .enterprise]),
        // A forest farm; the federation's organisations are no body; a verb is no part of a name.
        Case(marked: "[绛县东华山国有林场|ORG],各级妇联组织,及时提请[县政府|ORG]", labels: [.org]),
        // Offices of a county's party committee; a county named like a joiner after a word joins.
        Case(marked: "[县委考核办|ORG]、[县委农办|ORG]和[县图书馆|ORG],[县人社局|ORG]要会同住建部门,来自[县实验小学|ORG]", labels: [.org]),
        Case(marked: "在[绛县东兴粮油购销有限公司|ENTERPRISE],[东兴粮油|ENTERPRISE]已收购新麦", labels: [.enterprise]),
        // A river a company is named after stays in its short form (汾河湾热电); a county's body
        // of members named before its members' office is the body (部分县政协委员).
        Case(marked: "在[山西汾河湾热电有限公司|ENTERPRISE],[汾河湾热电|ENTERPRISE]扩建", labels: [.enterprise]),
        Case(marked: "部分[县政协|ORG]委员视察,广大政协委员建言,[运城卫校|ORG]毕业", labels: [.org, .title]),
        // A short form keeps the brand and the last trade (金岭 + 机械).
        Case(marked: "在[湖南金岭精密机械有限公司|ENTERPRISE],[金岭机械|ENTERPRISE]新上两条生产线", labels: [.enterprise]),
        // Trades of county companies come off the end of a short form (中皇机械 of 中皇机械制造).
        Case(marked: "在[河北中皇机械制造有限公司|ENTERPRISE],[中皇机械|ENTERPRISE]负责人说,[山东鑫诺电线电缆有限公司|ENTERPRISE]的[鑫诺电缆|ENTERPRISE]", labels: [.enterprise]),
        // Troupes are bodies; 联合 before a county's body is the verb (联合 + 县审计局).
        Case(marked: "[绛州鼓乐艺术团|ORG]和[永嘉昆剧团|ORG]演出,督查组联合[县审计局|ORG]检查", labels: [.org]),
        Case(marked: "[县发展改革委|ORG]负责人,[浙大|ORG]师生", labels: [.org, .title]),
        // A cooperative named with an autonomous county's full name before a long trade.
        Case(marked: "成立了[丰宁满族自治县绿丰蔬菜种植专业合作社|ENTERPRISE]。", labels: [.enterprise]),
        // Trade words right before the legal form are the name's, also one that is a verb
        // before a company elsewhere (投资); a legal form alone is no name.
        Case(marked: "[绛县城市建设投资有限公司|ENTERPRISE]和[华信旅游投资有限公司|ENTERPRISE]签约,他们投资[东鑫公司|ENTERPRISE]", labels: [.enterprise]),
        // A county named like a joiner between two words starts no body (项目和县…).
        Case(marked: "推进城市更新项目和[县特殊教育学校|ORG]迁建工程,产品进行出厂检测", labels: [.org, .enterprise, .place]),
        // A hospital attached to a university; a joiner after a body starts no name (和县).
        Case(marked: "[县人民医院|ORG]和[县中医院|ORG]与[赣南医科大学第一附属医院|ORG]组建了医联体", labels: [.org]),
        // A meeting room is no body.
        Case(marked: "会议在[县人大常委会|ORG]会议室举行", labels: [.org]),
        // A development zone named after a place inside a county takes the county in.
        Case(marked: "参观了[绛县横岭经济开发区|ORG]企业展厅", labels: [.org, .place]),
        // 中共 before a place heads that place's committee; reformed bureaus are written in full.
        Case(marked: "[中共运城市委宣传部|ORG]、[运城市文化广电和旅游局|ORG]和[河南省工业和信息化厅|ORG]主办", labels: [.org, .place]),
        // The party's full name heads a commission written in full; a bureau's short name after
        // a bureau is no part of it (据 + 芮城县文化和旅游局 + 统计).
        Case(marked: "选举产生[中国共产党绛县纪律检查委员会|ORG]。据[芮城县文化和旅游局|ORG]统计,全县", labels: [.org]),
        // 会同 after a body joins it to the next one; it begins no county (会同县) there.
        Case(marked: "[县发展和改革局|ORG]要会同[县财政局|ORG]做好论证", labels: [.org, .place]),
        // A place before a body known by name is part of it; 国家 scopes a bureau.
        Case(marked: "[美国国会|ORG]和[朝鲜劳动党|ORG]表示,[国家税务局|ORG]通知", labels: [.org, .place]),
        // Abbreviations listed after a scope and closed by 等部门 or 等单位 are bodies; without
        // the scope or the closing word they are none.
        Case(marked: "带领[县文旅|ORG]、[交通|ORG]等部门负责人", labels: [.org]),
        Case(marked: "[县文旅|ORG]、[发改|ORG]、[工信|ORG]等单位参加,发改、工信等部门到场,财政、税务等参加", labels: [.org]),
        Case(marked: "[人事工委|ORG]要进一步加强督促", labels: [.org]),
        // A ministry of Japan, named 省, is a body (with its country before it), not a province.
        Case(marked: "[日本防卫省|ORG]宣布,[外务省|ORG]表示", labels: [.org, .place]),
        // A generic institution is a body with its scope only: 法院 alone is a common noun.
        Case(marked: "起诉到法院后,[县法院|ORG]和[县检察院|ORG]督促执行,在党校学习", labels: [.org]),
        Case(marked: "各乡镇、村党组织要深入学习", labels: [.org]),
        // 人大代表 is what a person is, not the congress: no body ends inside it.
        Case(marked: "[县人大|ORG]组织部分县人大代表视察", labels: [.org]),
        // An organ that runs past a not-place word cuts it: 县 + 市场监督管理局, not 县市.
        Case(marked: "[县市场监督管理局|ORG]开展检查,借鉴兄弟县市好的经验", labels: [.org, .place]),
        Case(marked: "[县市场监管局局长|TITLE][张军|PERSON]参加", labels: [.title, .person]),
        // Merged county bureaus are organs; a body ends before an office that follows a shorter
        // body (中学 + 校长), not where a word runs on across the office (社科院 + 长江).
        Case(marked: "[县卫健体局|ORG]、[县教科局|ORG]和[县行政审批局|ORG]负责人参加", labels: [.org]),
        // A bureau merged from two fields joined by 和 is one body; 和 after a body of its own
        // (公安, 财政局) joins two.
        Case(marked: "[县卫生健康和体育局|ORG]开展义诊,[县公安|ORG]和[司法局|ORG]、[县财政局|ORG]和[审计局|ORG]参加", labels: [.org]),
        Case(marked: "[绛县中学校长|TITLE][张国庆|PERSON]讲话,[北京大学|ORG][校长|TITLE][王刚|PERSON]讲话", labels: [.org, .title, .person]),
        // An honour or a programme label that ends in a level names no place.
        Case(marked: "[烟庄村|PLACE]是全国文明村,也是示范村,所在的县曾是贫困县", labels: [.place]),
        Case(marked: "全县12个乡镇、214个行政村全部完成任务,3个自然村通了水", labels: [.place]),
        // A place suffix that begins an office word is the office after a name.
        Case(marked: "[李翔|PERSON][县长|TITLE]指出,[王刚|PERSON][镇长|TITLE]介绍", labels: [.place, .person, .title]),
        // A verb before a scope is no place: 督促县 is no county.
        Case(marked: "督促[县法院|ORG]加快审理,敦促[县审计局|ORG]整改", labels: [.org, .place]),
        Case(marked: "以及发改、工信、[中信机电供电公司|ENTERPRISE]等参加", labels: [.enterprise]),
        Case(marked: "会上,[聚能科技有限公司|ENTERPRISE]负责人介绍了情况", labels: [.enterprise, .org]),
        Case(marked: "[中国女队|ORG]战胜[印尼队|ORG],[广州松日队|ORG]与[青岛海牛队|ORG]战平", labels: [.org]),
        Case(marked: "[新华社|ORG]消息,[联合国|ORG]和[欧盟|ORG]表示", labels: [.org]),
        // A known name inside a word that names nothing is none.
        Case(marked: "对共产党员的要求,[中国共产党|ORG]和民主党派", labels: [.org]),
        Case(marked: "[美国财政部|ORG]宣布,[财政部长|TITLE]表示", labels: [.org, .title]),
        Case(marked: "一行是应[中国人民外交学会|ORG]邀请来访", labels: [.org]),
        Case(marked: "两家公司合并后,保险公司大多不愿开展,美国公司也是", labels: [.org, .enterprise]),
        Case(marked: "[阿根廷航空公司|ENTERPRISE]开通航线", labels: [.org, .enterprise]),
        // Places written one after another are one address that starts the name.
        Case(marked: "[山西绛县晋南钢铁集团有限公司|ENTERPRISE]参加", labels: [.org, .enterprise, .place]),
        Case(marked: "队员们在队里训练", labels: [.org]),
        // A body ends where no listed word runs on: 市委多年 ends it, 党组织 does not.
        Case(marked: "[萍乡市委|ORG]多年来坚持,[常州市公安局|ORG]正是从严治警", labels: [.org]),
        Case(marked: "[财政部|ORG]出台通知,[司法部|ORG]接手调查", labels: [.org]),
        Case(marked: "村党组织和基层党组织建设", labels: [.org]),
        // A body known by name heads the organs after it, and makes no title.
        Case(marked: "[国务院办公厅|ORG]批准,[中共中央政治局|ORG]决定", labels: [.org, .title]),
        Case(marked: "[国务院|ORG]副总理温家宝", labels: [.org]),
        // A place in reach starts a team's name when no boundary does.
        Case(marked: "昨天在杜塞尔多夫战胜[捷克队|ORG],[中国女篮|ORG]获胜", labels: [.org]),
        Case(marked: "[市教委|ORG]和[团县委|ORG]联合表彰", labels: [.org]),
        Case(marked: "为中国大学生上课,很多工厂停产,[绛县中学|ORG]开学", labels: [.org, .enterprise]),
        // Topic nouns (文化, 质量) end a place's stem but stand inside a body's name; a place
        // inside a longer place does not start a name; a known name cut by a stop stays whole.
        Case(marked: "[南非金巢文化事业有限公司|ENTERPRISE]和[郑州市质量检验协会|ORG]主办", labels: [.org, .enterprise]),
        Case(marked: "第二名[马来西亚男队|ORG]与[深圳华为公司|ENTERPRISE]签约", labels: [.org, .enterprise]),
        Case(marked: "[中国足球队|ORG]和[四川全兴队|ORG]主场迎战[延边敖东队|ORG],美国军队和中国边防部队", labels: [.org]),
        // 两 before a suffix counts bodies: 两队 is no team.
        Case(marked: "[中国队|ORG]和[日本队|ORG]两队交手", labels: [.org]),
        Case(marked: "[山西绛县农商银行|ENTERPRISE]开展活动", labels: [.org, .enterprise, .place]),
        // Armed forces, leagues and banks known by their short names; 中行 is not one (集中行动).
        Case(marked: "[美军|ORG]和[德军|ORG]撤离,[英超|ORG]和[意甲|ORG]开赛", labels: [.org, .place]),
        Case(marked: "[招行|ENTERPRISE]和[汇丰|ENTERPRISE]发行信用卡,集中行动", labels: [.enterprise]),
        // Bookmakers and auction houses by name; a Latin name is no part of a longer Latin word.
        Case(marked: "[bet365|ENTERPRISE]、[威廉希尔|ENTERPRISE]和[佳士得|ENTERPRISE]看好主队,IBMer和[IBM|ENTERPRISE]", labels: [.enterprise]),
        // A company known by name is not stretched over the words before it, only over places.
        Case(marked: "上周[交通银行|ENTERPRISE]发行了产品,[上海招商银行|ENTERPRISE]表示", labels: [.enterprise, .place]),
        // A committee's name may be long.
        Case(marked: "此事被[广元市医疗事故技术鉴定委员会|ORG]鉴定", labels: [.org, .place]),
        // A company starts at the place before its trade words (绛县 + 文旅 + 投资), and at a
        // place that runs into a later one (山西 of 山西北方, not 西北).
        // 和 between two bodies joins them (和县 is no county there); 和田 after a body is a place.
        Case(marked: "[县文旅局|ORG]和[县发改局|ORG]联合检查,[公安厅|ORG]和[和田地区|PLACE]", labels: [.org, .place]),
        // So it does after a town (横水镇 + 和 + 县住建局); a verb that brings a body in is no
        // place's stem (聘请县…).
        Case(marked: "[横水镇|PLACE]和[县住建局|ORG]负责人参加,聘请[县农业农村局|ORG]技术人员", labels: [.org, .place]),
        // A stem that is one word for a kind names no body (农村学校, 寄宿制学校, 县级医院); a
        // place before it does (运城师范学校).
        Case(marked: "农村学校、寄宿制学校和县级医院,[运城师范学校|ORG]", labels: [.org]),
        Case(marked: "[绛县文旅投资开发有限公司|ENTERPRISE]承建,[山西北方机械有限公司|ENTERPRISE]中标", labels: [.org, .enterprise, .place]),
        // A town before a county-named company is where it stands, not part of its name.
        Case(marked: "在[横水镇|PLACE][绛县金泰建材有限公司|ENTERPRISE]调研", labels: [.enterprise, .place]),
        // Not where the earlier place starts inside a name (王秀华 + 北京…: no 华北).
        Case(marked: "[国务院研究室|ORG]处长[王秀华|PERSON][北京华艺拍卖公司|ENTERPRISE]经理", labels: [.org, .enterprise, .place, .person]),
    ]

    @Test(arguments: organisations) func organisationsAndEnterprises(_ item: Case) { Self.check(item) }

    /// Units named inside a body (`NestedBodies`); not across an office, into a place, inside a
    /// listed word, or over an organ of its own.
    static let nestedBodies: [Case] = [
        "据[联合国禁毒署|ORG]和[人民日报社华闻影视中心|ORG]消息,[中央军委法制局|ORG]、[选拔领导小组办公室|ORG]通知",
        "[波兰科学院地球物理研究所|ORG]和[中国武术协会经济开发委员会|ORG]成立",
        "[联合国|ORG]秘书长说,[新华社|ORG]莫斯科电,公司青年干部到场",
        "[对外贸易经济合作部|ORG]经商[外交部|ORG]同意",
        // A verb ends a unit's stem (先后建成, 邀请); a topic noun does not (规划).
        "[县人民医院|ORG]先后建成胸痛中心,[县委组织部|ORG]邀请[市委党校|ORG]授课,[联合国环境规划署|ORG]发布",
    ].map { Case(marked: $0, labels: [.org, .enterprise]) }

    @Test(arguments: nestedBodies) func unitsInsideBodies(_ item: Case) { Self.check(item) }

    /// A bureau (局) after a place and a stem of its own is that place's body; the place is no
    /// place of its own there. Not in a listed word (局势, 平局) or a rank (局级), nor after a
    /// one-character stem (签署 is no 署).
    static let bureausAfterPlaces: [Case] = [
        "[武汉市国土房产局|ORG]举行发布会,[香港贸易发展局|ORG]组团,[美国联邦航空局|ORG]下令检查",
        "[南亚|PLACE]紧张局势加剧,两队踢成平局,乡局级干部",
        "敦促[印度|PLACE]尽快签署条约",
        // A scope word stands for its place; a field word may stand in the stem (文物).
        "[国家文物局|ORG]和[省文物局|ORG]派员指导,[国家新闻出版署|ORG]召开会议",
    ].map { Case(marked: $0, labels: [.org, .place]) }

    @Test(arguments: bureausAfterPlaces) func bureausOfPlaces(_ item: Case) { Self.check(item) }

    /// A company written with its seat in brackets is one company (`ParenthesizedSeats`);
    /// brackets that hold no place stay out of it.
    static let parenthesizedSeats: [Case] = [
        "[蓝鲸计算机技术（上海）有限公司|ENTERPRISE]和[渣打银行（中国）|ENTERPRISE]签约",
        "[华兴银行|ENTERPRISE]（下称华兴）发布公告",
        // A name complete with its legal form takes no seat after it: the town says where it is.
        "3.[万荣县丰源果蔬专业合作社|ENTERPRISE]([汉薛镇|PLACE]),4.[攸县金穗家庭农场|ENTERPRISE]([汉薛镇|PLACE])",
    ].map { Case(marked: $0, labels: [.enterprise, .place]) }

    @Test(arguments: parenthesizedSeats) func companiesWithTheirSeat(_ item: Case) { Self.check(item) }

    /// Teams in fixtures (`FixtureTeams`): the names beside vs, a known place before 主场 or
    /// 客场; not a title in quotes or title marks.
    static let fixtureTeams: [Case] = [
        "[那不勒斯|ORG]vs[锡耶纳|ORG]推荐：主胜",
        "1、[沙尔克04|ORG]vs[柏林赫塔|ORG],[罗马|ORG]客场可让平半",
        "8.[拜仁|ORG]vs[科特布斯|ORG]",
        "《异形VS铁血战士》上市,“王牌VS王牌”",
    ].map { Case(marked: $0, labels: [.org, .place]) }

    /// Football clubs whose names are no city's are bodies by name (`orgs_world.tsv`), in any
    /// clause, not foreign persons; their short forms too.
    static let clubsByName: [Case] = [
        "本轮[乌迪内斯|ORG]和[拉齐奥|ORG]都输了球",
        "主帅表示[加拉塔萨雷|ORG]会坚持进攻,[尤文|ORG]则以守为主",
        "[桑普|ORG]在[联盟杯|ORG]出局",
        // A club named after a town that no list holds as a place.
        "[热那亚|ORG]主场迎战[巴勒莫|ORG],[斯图加特|ORG]近况不佳",
    ].map { Case(marked: $0, labels: [.org, .person, .place]) }

    @Test(arguments: clubsByName) func clubsByTheirNames(_ item: Case) { Self.check(item) }

    /// Words of county news that name nothing: a sight's suffix doubled by the word after it
    /// (河堤 after a river), a kind of school without its town, verbs inside a unit's stem,
    /// everyday words that start with a surname; a consultation meeting is no chamber of commerce.
    static let countyWords: [Case] = [
        "[县长|TITLE][李永刚|PERSON]沿[浍河|PLACE]河堤步行,登上[华山|PLACE]山顶,走进[陈村村|PLACE]",
        "各乡镇中心学校[校长|TITLE]参加,[古绛镇中心学校|ORG]获一等奖",
        "[县人民医院|ORG]新增胸痛中心,学期学校将新进[教师|TITLE],这条路连接村里的果园",
        "力争让群众常见病在乡镇就治,指导学生劳逸结合,围着[演员|TITLE]学起了花鼓",
        "[县政协|ORG]召开专题协商会",
        "[老年医学科主任|TITLE][刘慧敏|PERSON]介绍",
        // A unit of a company is part of the company.
        "[招商银行信用卡中心|ENTERPRISE]表示",
        // A place inside the name of a work is part of that name.
        "根据《中华人民共和国道路交通安全法》,[中华人民共和国|PLACE]成立七十多年来",
        // 会同 opening a clause joins bodies; a doubled measure word is no pair of places; a
        // goal is no county (兴县).
        "[县教育局|ORG]牵头,会同公安、卫健等部门,一台台联合收割机,坚持文旅兴县",
        // A nature reserve is named before its kind and rank; the kind alone names none.
        "巡查[山西历山国家级自然保护区|PLACE],自然保护区内禁止采挖,改善农村寄宿制学校条件",
        "[村党支部|ORG]领办[沁水县上峪林下经济专业合作社|ENTERPRISE]",
        // A name never starts inside a word (平安 + 健康); 带队 confirms the name before it.
        "守护学生平安健康,[副县长|TITLE][王国庆|PERSON]带队参加",
        // An inspection group heads its leader's title; 高素质 names no one.
        "[督察组组长|TITLE][王振东|PERSON]通报情况,建设高素质[教师|TITLE]队伍",
        // A school's head before a name that starts like a compound surname (长孙 across 校长).
        "[县第二中学校长|TITLE][孙鹏飞|PERSON]说",
        "摸清村里底数,硬化村内道路,连阴雨天气,门诊大厅,学习《[中国共产党|ORG]纪律处分条例》",
        // A county's name after a span of days is none (三天 + 全县); a cue verb after a title is
        // no foreign name; everyday words name no one.
        "假期三天全县共接待游客,[总书记|TITLE]考察[山西|PLACE],统筹做好[教师|TITLE]招聘,全家齐上阵",
        // A court's division and a work committee head their heads' titles.
        "[县人民法院民一庭庭长|TITLE][王建军|PERSON]主持,[县委两新工委书记|TITLE][李红梅|PERSON]参加",
        // A kind (枫桥式, 苏南模式) and a count (一批) are no names; verbs and a scope end a body's stem.
        "[县人民法院|ORG]枫桥式人民法庭,建成一批社区,接收[县人民医院|ORG]转诊患者,参加省内党校培训,总结为“[苏南|PLACE]模式”",
        // Words before a venue's suffix begin no name; a big county of a trade is none; a part of
        // a province is a place; everyday words name no one.
        "新建村级篮球场,行政村卫生室,汛期景区,产粮大县,[横岭关|PLACE]自古为[晋南|PLACE]通往[豫西|PLACE]的要道,周密部署,温馨舒适",
        // Slogans and a unit before a suffix name nothing; 关心 still begins a body's name.
        "关心河湖、爱护河湖,讲好梨乡故事,当好村里的带头人,10千伏金村线,改建学校,古韵悠长,察看夏玉米,[县关心下一代工作委员会|ORG]",
        // Verbs, a conjunction and a landform before a suffix name nothing; nor do a trade's
        // characters (加工行业 holds no 工行) or a river before a bureau's short name.
        "保障进出景区道路,换乘景区直通车,地处丘陵沟壑区,后因合作社经营困难,保护好[昕水河|PLACE]生态环境,组成县代表队,确保长治久安,向来宾推介,铝加工行业",
        // A village's or town's team names its places, no body; a country's team is one.
        "[南城村|PLACE]队战胜[东关村|PLACE]队,[古绛镇|PLACE][东关村|PLACE]舞蹈队表演,[中国队|ORG]夺冠",
        // A county branch of a city's bureau and a committee's work bodies are bodies.
        "会议要求,[县住建局|ORG]、[县生态环境分局|ORG]逐项落实,[县人大常委会人事代表工委|ORG]报告,[县公安局交通警察大队|ORG]执勤",
        // A company named with its legal form is the name, not its unit; a verb ends a school's
        // name; leaders in charge name no county; everyday words name no one.
        // A county in a company's name stands whole (长 of 长子县 is no office); a name past a
        // word (刘海) between a title and an appointment word; verbs end stems; festival food
        // names no one.
        "[国网长子县供电公司|ENTERPRISE]检修,[骨科主任|TITLE][刘海燕|PERSON]为患者手术,用好[崇庆寺|PLACE],本届运动会分小学组,在实践中学习,吃汤圆",
        // A verb of setting up or sending ends before a body's level; verbs before a suffix and
        // a famous county name nothing.
        "考点设[县第一中学|ORG],病人转送[县人民医院|ORG],实时发布景区客流,提前谋划,奔赴[陈村镇|PLACE],新修通村公路,避暑名县",
        // A count with 余 before a company's suffix names none; classes of hospitals name none.
        "40余家合作社参展,首次增设小学组,意见已全部交[县政府|ORG],省级三甲医院,发展康养产业",
        // Weather and coverage name no one; a run of trading days names no city.
        "遇雷雨天气说,实现全覆盖,连续开市",
        // A body joining another ends before the other's level; a court room is no given name.
        "[县人民医院|ORG]联合[县妇幼保健院|ORG]义诊,[县人民法院|ORG]南樊法庭[庭长|TITLE][王明|PERSON]主持",
        "[山西翼丰果品有限公司|ENTERPRISE]冷链仓储中心投用,[卫庄镇中心学校|ORG]获小学组第一名,各分管县领导,[教师|TITLE]全员培训,保洁员清扫,守护好[昕水河|PLACE]",
        // 为 before a count is the function word, not a name's end; a reduplicated word and the
        // items of a list of villages name no one; a span of days ends before a sight.
        "[县委组织部副部长|TITLE][韩丽|PERSON]为30名学员颁发证书,金灿灿的谷子,与大东庄、杨林头、富家沟等7个村签约,两天来[方山景区|PLACE]接待游客",
        // A county museum is a body and the scope of its head; relics, slogans and adverbs name
        // no one; a head's governing names no city.
        "[县博物馆馆长|TITLE][张博文|PERSON]介绍,[县博物馆|ORG]展出陶器、玉器等文物,[镇长|TITLE]常态化走进村社,抓农时、保春耕,“河长治河”,[县长|TITLE]治理环境,打通景区道路,更新一批社区健身路径,品尝荞面河捞",
        // A company's name without its trades, three characters long, beats a name by its shape.
        "引进[山西金谷源农业科技有限公司|ENTERPRISE],[金谷源|ENTERPRISE]负责人[刘建平|PERSON]介绍",
        // Rural customs hold no township; verbs and 其中 end stems; an old road and an adverb
        // name no one; a guesthouse co-operative is no name.
        "培育文明乡风,活跃乡风,其中[藏山景区|PLACE]接待游客,会议同意[县政府|ORG]提请,对标省级医院,分设小学,沿着古驿道察看,[镇长|TITLE]都联系2个乡镇,成立民宿合作社",
        // A brand that holds 和 after the county (泰和 of 绛县泰和热力有限公司); a telephone number
        // before a signature is no part of the company's name; a community's team is its place.
        "督促[绛县泰和热力有限公司|ENTERPRISE]检修,[泰和热力|ENTERPRISE]要做好准备,咨询电话:0354-6221234\n[国网绛县供电公司|ENTERPRISE],[常村社区|PLACE]队获胜",
        // Words that hold a place or body suffix and name nothing (境内山峦, 一片荒山, 排队, 一眼
        // 温泉); stationery names no one; a district's river chief is one title.
        "[冷口乡|PLACE]境内山峦叠翠,开垦一片荒山,在[小白乡卫生院|ORG]排队就诊,发现一眼温泉,书包、文具等,[区级河长|TITLE][赵永刚|PERSON]巡河",
        // A name that starts with a country is read past it after a title (韩国 of 韩国庆); a
        // title in brackets after a name in a row of a list is that name's.
        "[上社村党支部书记|TITLE][韩国庆|PERSON]说,访问[韩国|PLACE],表彰:\n[赵平安|PERSON]([生地村党支部书记|TITLE])\n[任志刚|PERSON]([峡口村党支部书记|TITLE])",
        // 和 after a work's title joins the next body, no county (》和县审计局); crops, trees
        // and an industry name no one.
        "审议了《垃圾分类工作实施方案》和[县审计局|ORG]的报告,种植高粱、谷子,栽植古柏,乔灌草结合,风电、核电、石化等领域",
        // Trades written short or dropped in a company's short form (耐火材料 → 耐材, 制作).
        "来到[山西晋冠耐火材料有限公司|ENTERPRISE],[晋冠耐材|ENTERPRISE]要加大投入,[山西古窑砂器制作有限公司|ENTERPRISE]展示工艺,[古窑砂器|ENTERPRISE]开发了茶具",
        // After a role word or a title a name may start 长 + a common last character, end with
        // 年, or be a rare surname and one character before a cue; 为 before a local body and its
        // title ends the name before it; a county bureau's section heads its head's title; a
        // verb of investing ends a company's stem; a word of years names no one.
        "62岁的队员[杜长生|PERSON]成为最佳球员,[村委会主任|TITLE][严长青|PERSON]捧着奖杯说,[县林业局局长|TITLE][祝丰年|PERSON]陪同,[总经理|TITLE][郇丽|PERSON]说,任命[李向阳|PERSON]为[县公安局城关派出所所长|TITLE],[县教育局安全股股长|TITLE][李华|PERSON]讲话,村集体以冷库入股合作社,他常年解说比赛",
        // A name that is a common word between an appointment's opener and its title; a crop's
        // oil, a gulp of spring water and a verb of learning name nothing.
        "任命[白云|PERSON]为[县农业农村局局长|TITLE],免去[常青|PERSON]的[县农业农村局局长|TITLE]职务,莜面和胡麻油,渴了喝口山泉水,跟着年轻人一点点学会了操作",
    ].map { Case(marked: $0, labels: [.org, .enterprise, .person, .place, .title]) }

    @Test(arguments: countyWords) func wordsOfCountyNewsThatNameNothing(_ item: Case) { Self.check(item) }

    @Test(arguments: fixtureTeams) func teamsInFixtures(_ item: Case) { Self.check(item) }

    /// Teams named by their city or country in a result or a tip (`ResultTeams`): after a result
    /// verb and before punctuation, or before a score or a tip word; not where a match is played,
    /// nor a country before 的 or a club's name.
    static let resultTeams: [Case] = [
        "上周客场输给[亚特兰大|ORG],本轮[那不勒斯|ORG]当胜,[汉堡|ORG]0比0战平对手",
        "[法国队|ORG]在[马赛|PLACE]战胜[南非队|ORG],他战胜[比利时|PLACE]的选手",
        "[波兰|PLACE]总统访问[汉堡|PLACE],[巴黎|PLACE]00:10出发,[陕西|PLACE]70-20万年前",
    ].map { Case(marked: $0, labels: [.org, .place]) }

    @Test(arguments: resultTeams) func teamsInResults(_ item: Case) { Self.check(item) }

    /// In a clause about a league or a bet (`SportsClauseTeams`), a country or city that stands
    /// alone is the side; where a match is played, a region, a dateline, a publication's country
    /// or a place in another clause stays a place.
    static let sportsClauseTeams: [Case] = [
        "本赛季[米兰|ORG]、[巴黎|ORG]取胜,[阿根廷|ORG]和[巴西|ORG]都在足彩之列",
        "本赛季联赛在[伦敦|PLACE]揭幕,[亚洲|PLACE]盘口看好",
        "[巴黎|PLACE]、[伦敦|PLACE]举办展览。县篮球赛开幕",
        "[新华社|ORG][洛杉矶|PLACE]9月27日电 联赛本赛季结束,[美国|PLACE]《时代》周刊赛季报道",
    ].map { Case(marked: $0, labels: [.org, .place]) }

    @Test(arguments: sportsClauseTeams) func teamsInSportsClauses(_ item: Case) { Self.check(item) }

    static let meetings: [Case] = [
        "主持召开[县疫情防控流调溯源工作会议|MEETING],政府副县长参加。",
        "召开[聚能科技有限公司年产6000吨锂电池负极材料项目建设协调会|MEETING]。",
        "会议听取和讨论了报告。",
        "闻喜县召开[2023年度|DATE][安全生产工作会议|MEETING]。",
        // A date inside the name stays a date; the name starts after it.
        "全县[2023年二季度|DATE][重点项目集中开工仪式|MEETING]在县经济开发区举行。",
        // A date right before a long suffix leaves the suffix as the name; before 会议, none.
        "县委召开[2024年11月|DATE][常委会会议|MEETING],并在[2024年12月|DATE]会议上报告。",
        // 有关会议, 此次会议: a common noun, no name.
        "传达学习省委、运城市委有关会议精神,此次会议要求",
    ].map { Case(marked: $0, labels: [.meeting, .date]) }

    @Test(arguments: meetings) func meetingsAreOneSpan(_ item: Case) { Self.check(item) }
}
