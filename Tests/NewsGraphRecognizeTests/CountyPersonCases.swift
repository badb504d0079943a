import NewsGraphCore
import NewsGraphTestSupport
import Testing

/// Person names of county news that are common words, or whose given name is one.
@Suite struct CountyPersonCases {
    /// A given name that is a whole topic or context word (发展, 成功) after a title and before a
    /// boundary, after a role word and before a cue, before a title, before an appointment verb
    /// and a title, or in a `、` list of names; the same words after a function surname or an
    /// adverb stay words.
    static let stemWordGivenNames: [RecognizerCases.Case] = [
        "[镇长|TITLE][刘发展|PERSON]表示,今年要修三条路。",
        "[村委会主任|TITLE][李成功|PERSON]是退伍军人。",
        "去年,[王建设|PERSON]当选为[村委会主任|TITLE]。",
        "老党员[李发展|PERSON]介绍,合作社有二十户。",
        "上午,[赵成功|PERSON][书记|TITLE]一行来到村里。",
        "获评优秀党员的有:[孙发展|PERSON]、[陈思远|PERSON]、[周红英|PERSON]。",
        "[局长|TITLE]向发展改革委汇报,[县长|TITLE]曾鼓励企业创新。",
        // A function surname (何) with such a given name between a title and a clear boundary.
        "[县公安局局长|TITLE][何建设|PERSON],[副县长|TITLE][何平|PERSON]出席。",
        // A surname rare in names and in running text (茶, 郇) before an appointment word and a
        // title, or before a title; not a common character (第) before one.
        "会议任命[茶建华|PERSON]为[县农业农村局局长|TITLE]。,[郇建平|PERSON][局长|TITLE]表示,第二天[记者|TITLE]赶到",
        // A compound surname and two given characters between clear boundaries (a contact line).
        "联系人:[钟离晓月|PERSON] 联系电话:0564-7012345",
    ].map { RecognizerCases.Case(marked: $0, labels: [.title, .person]) }

    @Test(arguments: stemWordGivenNames) func aGivenNameThatIsAWord(_ item: RecognizerCases.Case) {
        RecognizerCases.check(item)
    }

    /// A name that is a common word as a whole, between a title and a cue verb, after 记者 (and
    /// a colon) or as an item of a `、` list, with
    /// a regular or function surname (常明, 向海); a function word and a word before a cue stay
    /// words.
    static let wordNamesBeforeCues: [RecognizerCases.Case] = [
        "[乡长|TITLE][向海|PERSON]指出,要抓好秋收。[副镇长|TITLE][常明|PERSON]介绍了情况。",
        "[书记|TITLE]于近日指出,[县长|TITLE]向全县发出倡议。",
        "本报讯(通讯员 [向海|PERSON] 记者 [常明|PERSON])近日,县里召开会议。",
        "责任[编辑|TITLE]：[高峰|PERSON]",
        "表彰了[马秀兰|PERSON]、[常明|PERSON]。",
        // A speech given (作 + 讲话, 报告, 交流发言) ends the speaker's name.
        "[县委书记|TITLE][解芳|PERSON]作重要讲话,[村委会主任|TITLE][崔向东|PERSON]作交流发言,[县长|TITLE][王国华|PERSON]作报告。",
    ].map { RecognizerCases.Case(marked: $0, labels: [.title, .person]) }

    @Test(arguments: wordNamesBeforeCues) func aWordNameBetweenATitleAndACue(_ item: RecognizerCases.Case) {
        RecognizerCases.check(item)
    }

    /// A compound surname and a given name of two characters before an appointment word and a
    /// title, or before a cue verb, whatever the class of the surname.
    static let compoundSurnamesBeforeCues: [RecognizerCases.Case] = [
        "会议任命[欧阳文静|PERSON]为[县人民法院审判员|TITLE]。",
        "会上,[上官明华|PERSON]指出,要守住耕地红线。",
    ].map { RecognizerCases.Case(marked: $0, labels: [.title, .person]) }

    @Test(arguments: compoundSurnamesBeforeCues) func aCompoundSurnameAndTwoGivenCharacters(_ item: RecognizerCases.Case) {
        RecognizerCases.check(item)
    }

    /// A surname that is a measure word after a quantifier counts (各项改革), and a numeral before
    /// 月 names a month (金秋九月): neither is a name; a name after a measure word's number still is.
    static let countsAndMonths: [RecognizerCases.Case] = [
        "会议研究了各项改革指出的问题。",
        "在金秋九月的果园里采摘苹果。",
        "[县长|TITLE][张伟|PERSON]拿出一张照片。",
    ].map { RecognizerCases.Case(marked: $0, labels: [.title, .person]) }

    @Test(arguments: countsAndMonths) func countsAndMonthsAreNoNames(_ item: RecognizerCases.Case) {
        RecognizerCases.check(item)
    }

    /// The first column of the rows of a notice list, one row to a line and a unit after a
    /// space, is a name whatever its shape (a function surname, a whole word); a lone line of
    /// that shape is no list. A number may lead each row (`1.`).
    static let noticeRows: [RecognizerCases.Case] = [
        "拟推荐人选名单如下：\n[王明亮|PERSON] 城关镇卫生院\n[向红|PERSON] 东关镇北街村卫生室\n[高峰|PERSON] 县人民医院\n",
        "欢迎来稿。\n高峰 县人民医院\n",
        "表彰名单：\n1.[李春华|PERSON] 县第一中学\n2.[于洋|PERSON] 县供电公司\n",
    ].map { RecognizerCases.Case(marked: $0, labels: [.person]) }

    @Test(arguments: noticeRows) func theRowsOfANoticeList(_ item: RecognizerCases.Case) {
        RecognizerCases.check(item)
    }

    /// A byline whose given name is a topic or context word, or whose surname and first given
    /// character are a word (王朝), is the article's reporter; a grower or a veteran before a
    /// name is a role.
    static let bylinesAndGrowers: [RecognizerCases.Case] = [
        "县里召开了秋收动员会。\n[孙发展|PERSON]",
        "会议还研究了其他事项。\n[王朝阳|PERSON]",
        "会议还研究了其他事项。\n[刘海涛|PERSON]",
        // A line that starts with a not-name word is no byline (贺岁 of 贺岁版).
        "《仙剑奇侠传四》\n贺岁版",
        "在城关村,种粮大户[郭满仓|PERSON]正忙着指挥播种。",
        // A veteran is a role word; 长 stands in a given name of two before punctuation; a
        // name by its shape cuts no verb in two (郑平 + 登上); a pledge names no one.
        "看望了退伍军人[李长河|PERSON],[郑平|PERSON]登上大坝,诠释了对党忠诚。",
        // Verbs and nouns that start with a surname character name no one.
        "学员要严守培训纪律,各级要严守耕地红线,金秋田野一片丰收,丰富群众文体生活。",
        "会议表决通过了人事任免事项,在庄严的国歌声中闭幕。",
        "察看西红柿长势,田埂上几位老人,演员身姿矫健。",
        "我们党团结带领人民,大家连连称赞,设小学、初中、高中三个组别。",
        // A name confirmed in the article is that person again where a suffix reads a place
        // over it (岭 of 王俊岭).
        "[王俊岭|PERSON]巡查汾河。县委副书记[王俊岭|PERSON]深入襄陵镇。",
        // A function word that is a rare surname names no one after a title (法官 + 把).
        "法官把法庭开到村里,县长将工作部署下去。",
    ].map { RecognizerCases.Case(marked: $0, labels: [.person]) }

    @Test(arguments: bylinesAndGrowers) func aBylineOrAGrowersName(_ item: RecognizerCases.Case) {
        RecognizerCases.check(item)
    }

    @Test func theReportersOfABylineLineComeInTextOrder() {
        let article = TestPipeline.recognize("本报讯 县长李华出席会议。\n记者 尉婷婷 通讯员 吕航")
        #expect(article.reporters == ["尉婷婷", "吕航"])
    }

    /// The head of a profile in a notice, before the sex between commas, is a name whatever its
    /// shape; a sex in a list of counts heads nothing.
    static let profileHeads: [RecognizerCases.Case] = [
        "公示对象:\n[孙发展|PERSON],男,汉族,1970年6月生。\n[常明|PERSON],女,1982年生。",
        "本届运动会共有选手120名,男,女各半。",
    ].map { RecognizerCases.Case(marked: $0, labels: [.person]) }

    @Test(arguments: profileHeads) func theHeadOfAProfile(_ item: RecognizerCases.Case) {
        RecognizerCases.check(item)
    }

    /// Every item of a line of three or more names separated by spaces is a name; a spaced
    /// slogan whose items are not all names names no one.
    static let spacedNameLines: [RecognizerCases.Case] = [
        "优秀志愿者(8名):\n[孙发展|PERSON]  [周红英|PERSON]  [常明|PERSON]  [向海|PERSON]\n",
        "坚持 创新 协调 绿色 开放 共享\n",
    ].map { RecognizerCases.Case(marked: $0, labels: [.person]) }

    @Test(arguments: spacedNameLines) func aLineOfNamesSeparatedBySpaces(_ item: RecognizerCases.Case) {
        RecognizerCases.check(item)
    }
}
