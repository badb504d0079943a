import NewsGraphCore
import NewsGraphTestSupport
import Testing

/// Titles as a county paper writes them: chains of party, government, congress, CPPCC and
/// village offices, a body's name before its head, ranks of civil servants, and former holders.
@Suite struct CountyTitleCases {
    static let chains: [RecognizerCases.Case] = [
        "[县委常委|TITLE]、[常务副县长|TITLE][王明华|PERSON]主持会议。",
        "[县委常委|TITLE]、[县委办主任|TITLE][李建国|PERSON]参加。",
        "[村党支部书记|TITLE]、[村委会主任|TITLE][赵小平|PERSON]介绍情况。",
        "[村党支部书记|TITLE]兼[村委会主任|TITLE][赵小平|PERSON]介绍情况。",
        "[镇党委书记|TITLE]、[镇长|TITLE][刘德胜|PERSON]陪同。",
        "[县人大常委会副主任|TITLE][杨志刚|PERSON]、[县政协副主席|TITLE][马红梅|PERSON]出席。",
        "[二级调研员|TITLE][陈立新|PERSON]出席。",
        "[县审计局局长|TITLE][王国庆|PERSON]作了汇报。",
        "[县委老干部局局长|TITLE][段红梅|PERSON]、[省文物局局长|TITLE][邢建国|PERSON]讲话。",
        "[县卫生健康和体育局局长|TITLE][吉志勇|PERSON]带队义诊。",
        // Bureaus merged from several fields, with 和 before or after some of them.
        "[县文化广电体育和旅游局局长|TITLE][王明|PERSON]、[县文化和广电旅游体育局局长|TITLE][司徒静|PERSON]出席。",
        // A surname of Yunnan's Yi families.
        "[县委副书记|TITLE]、[县长|TITLE][杞建明|PERSON]主持会议。",
        // A county's body found by its suffix makes one title with the office of the person after it.
        "[县人民医院院长|TITLE][冯建军|PERSON]、[县第一中学校长|TITLE][王强|PERSON]发言。",
        "[县文化馆馆长|TITLE][李红霞|PERSON]、[镇卫生院院长|TITLE][刘军|PERSON]陪同。",
        // So does a town's body, named with the town (not a city's: 新乡市).
        "[横水镇中心小学校长|TITLE][夏雨|PERSON]说,新乡市茶业商会[秘书长|TITLE][韩立杰|PERSON]说。",
        "据[县人民医院党委书记|TITLE]、[院长|TITLE][冯建军|PERSON]介绍,医院共有职工500人。",
        // 原 and 前 say the holder has left the office; they are not part of the title.
        "原[县委书记|TITLE][张建军|PERSON]、前任[县长|TITLE][李志强|PERSON]出席。",
        "会前[县委书记|TITLE][解芳|PERSON]看望了原[县人大常委会主任|TITLE][王志明|PERSON]。",
        // Written between the body and the office, 原 is part of the title.
        "[县政协原主席|TITLE][王向阳|PERSON]、[县委常委|TITLE][李平|PERSON]参加座谈。",
        // An office inside a word that names no one is no title.
        "[县委书记|TITLE][赵建国|PERSON]等在主席台就座,游客服务中心开放。",
        "各乡镇人大主席团成员列席会议。",
        "[县工商联主席|TITLE]、[总商会会长|TITLE][刘建平|PERSON]讲话。",
        // An office that needs a person is confirmed by a chain joined by 、 and 兼 too.
        "[党组成员|TITLE]、[秘书长|TITLE]兼[办公室主任|TITLE][何晓|PERSON]出席会议。",
        // A member of a court's judicial committee holds a title; after a title, a full name
        // may run straight into its verb, also with a function surname (何).
        "[县人民法院副院长|TITLE]、[审判委员会委员|TITLE][郭瑞峰|PERSON]出席,[村委会主任|TITLE][何福顺|PERSON]违规收受礼品。",
        // Bureaus merged from several fields without 和; the river chief's office; assessors.
        "[县文化旅游广电体育局局长|TITLE][罗丹|PERSON]、[县河长办主任|TITLE][裴志刚|PERSON]讲话,拟任命[苗建国|PERSON]为[人民陪审员|TITLE]。",
        "[县文化广电新闻出版旅游局局长|TITLE][钟晓玲|PERSON]表示。",
        "[县文体广电和旅游局局长|TITLE][欧阳春|PERSON]介绍。",
        // Offices that keep relics head their office after the county or the sight.
        "[县文物保护所所长|TITLE][傅建华|PERSON]、[太阴寺文物管理所所长|TITLE][赵红军|PERSON]介绍。",
        "[市文旅广体局局长|TITLE][谌小军|PERSON]表示。",
        // A district's body heads its office like a county's; a party committee's members hold
        // their charge.
        "[区人民医院党委副书记|TITLE][任志强|PERSON]、[三路里镇党委组织委员|TITLE][苗雨|PERSON]发言,[区委办主任|TITLE][樊志勇|PERSON]陪同。",
        // A week's unit after 每 starts no name (每周 + 派出).
        "医院将每周派出[专家|TITLE]坐诊。",
        // An honour (致富带头人) is no title.
        "他成了远近闻名的致富带头人。",
        // A county's centre found by its suffix heads its office too.
        "[县茶产业发展中心副主任|TITLE][母永强|PERSON]表示。",
        // In a notice's profile row the holder comes first: an office joined to a standing
        // title continues its chain, and a county's body after an appointment word heads its office.
        "[周和平|PERSON],男,1979年8月出生,现任[横水镇党委委员|TITLE]、[组织委员|TITLE],拟任[县人民医院副院长|TITLE];",
        // An interpreter at a sight is no title.
        "讲解员[王丽|PERSON]介绍说。",
        // A function word the role data never saw start a name (要) starts none after a title,
        // nor does a word that starts with a surname character (安心, 柴胡).
        "叮嘱[站长|TITLE]要严格落实安全制度,让[教师|TITLE]安心从教,发展柴胡、连翘种植。",
        // The youth league's name heads its county committee's office; a village doctor is a
        // calling, no office.
        "现任[共青团绛县县委副书记|TITLE]。乡村医生[杜秀梅|PERSON]推行家庭医生签约服务。",
        // A CPPCC member holds the title only next to a person, also across the body that heads
        // the next title of the chain.
        "[市政协委员|TITLE]、市第二中学[教师|TITLE][贾小红|PERSON]建议。[县政协委员|TITLE][李明|PERSON]出席,部分县政协委员视察。",
        // A function surname that starts a common word (任国, 向东) between a title and a cue;
        // 应邀 is a cue.
        "[主任|TITLE][任国强|PERSON]表示,[书记|TITLE][向东升|PERSON]指出,[县长|TITLE]向大家介绍,[副县长|TITLE][刘平安|PERSON]应邀参加。",
        "[县委副书记|TITLE][任国强|PERSON],[县政协副主席|TITLE][欧阳建|PERSON]出席。",
        // A given name that is a word, after a title ending in 长 (no 长孙) or before an adverb (正).
        "[副县长|TITLE]、[县公安局局长|TITLE][孙成功|PERSON],[村委会主任|TITLE][张建设|PERSON]正带着果农修剪枝条,以商招商等",
        // The county's office for civilisation heads its office.
        "[县文明办主任|TITLE][李明|PERSON]介绍。",
        // A city bureau's branch named by the county it serves heads its office; 分局 alone is no organ.
        "[市生态环境局绛县分局局长|TITLE][王强|PERSON]、[市公安局绛县分局副局长|TITLE][李明|PERSON]参加,分局[局长|TITLE][张伟|PERSON]说。",
        // A county's bare name never starts inside a town's name (镇原 of 横水镇原党委书记); a
        // rare surname that is a function word (要, 释) names no one after a title.
        "横水镇原[党委书记|TITLE][王强|PERSON]说,[院长|TITLE]要当好表率,法官释法说理。",
        // Callings that county golds count only next to their holder (法官, 调解员, 大师, 将军):
        // a title there, none where they name a kind of people.
        "[法官|TITLE][李明|PERSON]说,法官走进村里,人民调解员耐心调解,书法[大师|TITLE][王刚|PERSON]到场,开国将军的故事。",
        // A court's divisions and enforcement bureau head their titles; a town's committee member
        // for political and legal affairs.
        "[民事审判庭庭长|TITLE][王强|PERSON]、[执行局局长|TITLE][刘卫平|PERSON]到场,[安峪镇党委副书记|TITLE]、[政法委员|TITLE][吕晓军|PERSON]调解。",
        // A town's people's tribunal heads its judge's title.
        "[审判长|TITLE]、[安峪人民法庭庭长|TITLE][孙建华|PERSON]主持庭审。",
        // A river chief by level is a title next to a person; a count of them is none.
        "[副县长|TITLE]、[县级河长|TITLE][任国华|PERSON]督导,全县共设立县、乡、村三级河长237名,聘请民间河长。",
        // The chief river chief of a level; another county's body heads its office too.
        "[县委书记|TITLE]、[县级总河长|TITLE][王建军|PERSON]巡河,[陵川县人民医院党委书记|TITLE][张晓强|PERSON]介绍",
        // The posts of a group, or of the party organisations as a class, are no one's title; a
        // calling after a group stays one.
        "全县80余名村党组织书记参加培训,各乡镇党委书记要履行责任,村党组织书记是带头人,[涑水源村党支部书记|TITLE][王建军|PERSON]发言,请了一些[专家|TITLE]",
        // A doctor's or a staff member's calling is no title; a chief physician is one.
        "[主任医师|TITLE][王芳|PERSON]坐诊,其他医师为群众义诊,团委干事们负责登记。",
        // Jobs of a sports or court story are no titles; a name after 后卫 or 裁判 is found.
        "比赛中,后卫[王强|PERSON]表示,裁判[李明|PERSON]说,理事们观看了比赛。",
        // The credits of a byline on a line of its own label names and hold no post; a credit
        // in running text is a title, as CLUENER tags it.
        "[县长|TITLE][李华|PERSON]出席。\n记者 [尉婷婷|PERSON] 通讯员 [吕航|PERSON]",
        "[县长|TITLE][李华|PERSON]出席,[记者|TITLE]了解到。\n本报记者 [韩冬|PERSON]",
        // So are those in the brackets of a lead, names set apart by spaces; written against the
        // name, as national news does, the credit is a title.
        "本报讯(记者 [郝晓蕾|PERSON] 通讯员 [段明|PERSON])4月23日,[县长|TITLE][李华|PERSON]出席。",
        "本报讯（[记者|TITLE][马力|PERSON]）市土地整理中心成立。",
        // A byline closing the last paragraph after its last sentence is set apart as well.
        "“日子越过越红火。”本报记者 [卫小敏|PERSON]",
        // A local body after 、 in a chain an appointment opens heads its title too.
        "会议还任命[吕文斌|PERSON]为[县人民法院审判员|TITLE]、[县人民医院院长|TITLE]。",
        // In the rows of a list, a body and its title after the holder's name are one title.
        "一、优秀共产党员\n\n[王丽娜|PERSON] [县人民医院护理部主任|TITLE]\n\n[陈建国|PERSON] [县公安局两渡派出所所长|TITLE]\n",
        // A river heads its chiefs' titles and a village its first secretary's.
        "[涑水河县级河长|TITLE][王建军|PERSON]巡河,[永乐村第一书记|TITLE][李红梅|PERSON]介绍",
        // An appointment ends before the body of its title, however long the body's name.
        "会议决定任命[孟宪华|PERSON]为[县人民法院审判委员会委员|TITLE]。",
    ].map { RecognizerCases.Case(marked: $0, labels: [.title, .person]) }

    @Test(arguments: chains) func countyTitlesAndTheirHolders(_ item: RecognizerCases.Case) {
        RecognizerCases.check(item)
    }

    /// The body written before a byline's credit is part of the credit: no title and no
    /// organisation, while the same body in the text is one; a body before a calling is one too.
    static let creditBodies: [RecognizerCases.Case] = [
        // A county's charity federation heads its offices.
        "[县慈善总会会长|TITLE][王刚|PERSON]、[副会长|TITLE][李红|PERSON]出席,[县慈善总会|ORG]捐款。",
        // A calling after a body is its holder's work there, the body a body of its own.
        "邀请[运城市委党校|ORG][教授|TITLE][王刚|PERSON]授课,[县第二中学|ORG][教师|TITLE][李红|PERSON]发言,[县人民医院院长|TITLE][张平|PERSON]出席。",
        "[县长|TITLE][李华|PERSON]出席。县融媒体中心记者 [温馨|PERSON]",
        "本报讯(县融媒体中心记者 [田甜|PERSON])[县长|TITLE][李华|PERSON]在[县融媒体中心|ORG]调研。",
    ].map { RecognizerCases.Case(marked: $0, labels: [.title, .person, .org]) }

    @Test(arguments: creditBodies) func bylineCreditBodies(_ item: RecognizerCases.Case) {
        RecognizerCases.check(item)
    }
}
