import NewsGraphCore
import NewsGraphNormalize
import NewsGraphRecognize
import NewsGraphTestSupport
import Testing

/// The national gazetteers: mention forms of committee names, scope rules, the home county,
/// and compiler-style errors. Small files are written here; the full NBS files are in
/// `GazetteerLoadingTests` (they need ../shared).
@Suite struct GazetteerTests {
    static let counties = "code,name,cityCode,provinceCode\n140826,\"绛县\",1408,14\n140824,\"稷山县\",1408,14\n"
    static let towns = "code,name\n140826101,横水镇\n140824100,稷峰镇\n140826999,城关街道办事处\n"
    static let villages = """
        code,name
        140824100201,新庄村委会
        140826101202,新庄村民委员会
        140826101203,东村委会
        140826101204,多福巷社区居委会
        140826101205,北关居委会
        140826101206,小（氵甸）村委会
        140826101207,冶金地质一队
        140826101208,西王庄村村民委员会

        """

    /// Resources of the shipped dictionaries plus the three small gazetteers.
    static func resources(county: String? = nil) throws -> RecognitionResources {
        var resources = TestResources.recognition
        _ = try resources.loadGazetteers([
            GazetteerFile(displayName: "g/counties.csv", bytes: Array(counties.utf8)),
            GazetteerFile(displayName: "g/towns.csv", bytes: Array(towns.utf8)),
            GazetteerFile(displayName: "g/villages.csv", bytes: Array(villages.utf8)),
        ], homeCounty: county)
        return resources
    }

    /// Resources with one small gazetteer file `name` of `csv` loaded, and no home county.
    static func resources(file name: String, _ csv: String) throws -> RecognitionResources {
        var resources = TestResources.recognition
        _ = try resources.loadGazetteers([GazetteerFile(displayName: name, bytes: Array(csv.utf8))], homeCounty: nil)
        return resources
    }

    static func places(_ text: String, _ resources: RecognitionResources) -> [(String, String)] {
        let article = Recognizer(resources: resources).recognize(Normalizer().normalize(TestPipeline.raw(text)))
        return article.mentions.filter { $0.label == .place }.map { ($0.text, $0.provenance) }
    }

    @Test func committeeNamesAreMatchedInTheirMentionForms() throws {
        let resources = try Self.resources()
        let found = Self.places("来到西王庄村、多福巷社区和北关社区,城关街道", resources).map(\.0)
        #expect(found == ["西王庄村", "多福巷社区", "北关社区", "城关街道"])
    }

    @Test func townsWhoseNamesEndInANotPlaceWordAreFoundAtABoundary() throws {
        var resources = TestResources.recognition
        let towns = "code,name\n140522101,润城镇\n140522102,北留镇\n522627100,凤城镇\n140000001,南古镇\n"
        let counties = "code,name,cityCode,provinceCode\n522627,天柱县,5226,52\n"
        _ = try resources.loadGazetteers([
            GazetteerFile(displayName: "c.csv", bytes: Array(counties.utf8)), GazetteerFile(displayName: "t.csv", bytes: Array(towns.utf8)),
        ], homeCounty: nil)
        // 城镇 alone names no place, but inside a town's name it is part of it.
        #expect(Self.places("深入北留镇、润城镇调研。", resources).map(\.0) == ["北留镇", "润城镇"])
        #expect(Self.places("县委书记深入润城镇调研。", resources).map(\.0) == ["润城镇"])
        #expect(Self.places("天柱县凤城镇市民说。", resources).map(\.0) == ["天柱县", "凤城镇"])
        #expect(Self.places("市民们在凤城镇。", resources).map(\.0) == ["凤城镇"])
        // Where the name does not start at a boundary, the word is its own (江南 + 古镇).
        #expect(!Self.places("江南古镇的河水", resources).map(\.0).contains("南古镇"))
        #expect(Self.places("推进新型城镇化", resources).isEmpty)
    }

    @Test func bareStemsAndSingleCharacterStemsNeverMatch() throws {
        let resources = try Self.resources()
        #expect(Self.places("西王庄的群众", resources).isEmpty)
        // 东村 has a one-character stem: not loaded, and the suffix rule needs two characters.
        #expect(Self.places("向东村里走", resources).isEmpty)
    }

    @Test func longVillageNamesBeyondTheSuffixRuleAreFound() throws {
        var resources = TestResources.recognition
        _ = try resources.loadGazetteers(
            [GazetteerFile(displayName: "v.csv", bytes: Array("code,name\n140826101209,大柳树沟口村委会\n".utf8))],
            homeCounty: nil
        )
        #expect(Self.places("走进大柳树沟口村调研", resources).map(\.0) == ["大柳树沟口村"])
        #expect(!Self.places("走进大柳树沟口村调研", TestResources.recognition).map(\.0).contains("大柳树沟口村"))
    }

    @Test func namesDoNotStartInsideAWordThatCannotBeInAName() throws {
        var resources = TestResources.recognition
        _ = try resources.loadGazetteers(
            [GazetteerFile(displayName: "v.csv", bytes: Array("code,name\n140826101209,壮大村委会\n140826101210,善乡村委会\n".utf8))],
            homeCounty: nil
        )
        #expect(Self.places("持续壮大村集体经济,完善乡村治理", resources).isEmpty)
    }

    @Test func theHomeCountyWinsTies() throws {
        let plain = try Self.resources()
        #expect(Self.places("在新庄村,", plain).map(\.1) == ["villages.csv:2"])
        let home = try Self.resources(county: "绛县")
        #expect(Self.places("在新庄村,", home).map(\.1) == ["villages.csv:3"])
    }

    @Test func aBodyNamedWithTheHomeCountyIsOneTitleWithTheOfficeAfterIt() throws {
        func titles(_ text: String, _ resources: RecognitionResources) -> [String] {
            let article = Recognizer(resources: resources).recognize(Normalizer().normalize(TestPipeline.raw(text)))
            return article.mentions.filter { $0.label == .title }.map(\.text)
        }
        let home = try Self.resources(county: "绛县")
        #expect(titles("绛县中学校长张明主持。", home) == ["绛县中学校长"])
        #expect(titles("绛县人民医院党委书记、院长李华介绍。", home) == ["绛县人民医院党委书记", "院长"])
        // So does another county's body named with its level, as the county golds write it; a
        // city's body stays apart from its office, as national news writes it.
        #expect(titles("稷山县人民医院党委书记李华介绍。", home) == ["稷山县人民医院党委书记"])
        #expect(titles("绛县中学校长张明主持。", try Self.resources()) == ["绛县中学校长"])
        #expect(titles("运城市中心医院院长李华介绍。", home) == ["院长"])
    }

    @Test func aTownWhoseNameStartsWithAFunctionCharacterIsFoundAfterABreak() throws {
        let resources = try Self.resources(file: "t.csv", "code,name\n130426104,井店镇\n130426105,更乐镇\n")
        #expect(Self.places("深入井店镇、更乐镇调研。", resources).map(\.0) == ["井店镇", "更乐镇"])
        #expect(Self.places("在更乐镇,他察看了梯田。", resources).map(\.0) == ["更乐镇"])
        // Inside running text the character is a word of its own (更 + 乐镇 is no town).
        #expect(Self.places("生活更乐镇上的人。", resources).isEmpty)
    }

    @Test func aTownWhoseNameEndsInACommonWordIsFoundBeforeTheOfficeItScopes() throws {
        let resources = try Self.resources(file: "t.csv", "code,name\n140881100,虞乡镇\n130426201,辽城乡\n")
        func titles(_ text: String) -> [String] {
            let article = Recognizer(resources: resources).recognize(Normalizer().normalize(TestPipeline.raw(text)))
            return article.mentions.filter { $0.label == .title }.map(\.text)
        }
        #expect(Self.places("在虞乡镇,他察看了。", resources).map(\.0) == ["虞乡镇"])
        #expect(titles("现任辽城乡副乡长,虞乡镇党委书记白雪参加。") == ["辽城乡副乡长", "虞乡镇党委书记"])
        // Inside running text the common word stays a word (东辽 + 城乡融合).
        #expect(Self.places("东辽城乡融合发展。", resources).isEmpty)
    }

    @Test func aPlaceOfAnotherCountyStartingInsideAHomePlaceIsNone() throws {
        var resources = TestResources.recognition
        _ = try resources.loadGazetteers([
            GazetteerFile(displayName: "c.csv", bytes: Array(Self.counties.utf8)),
            GazetteerFile(displayName: "t.csv", bytes: Array("code,name\n140826102,陈村镇\n".utf8)),
            GazetteerFile(displayName: "v.csv", bytes: Array("code,name\n640106100201,镇北堡村委会\n".utf8)),
        ], homeCounty: "绛县")
        // 陈村镇 + 北堡村 (a village by its suffix), not 陈村 + 镇北堡村 of 宁夏.
        #expect(Self.places("县人民法院在陈村镇北堡村开庭。", resources).map(\.0) == ["陈村镇", "北堡村"])
        // Elsewhere the other county's village is found.
        #expect(Self.places("来到镇北堡村参观。", resources).map(\.0) == ["镇北堡村"])
        // Nor does a village start inside a town of another county.
        var other = TestResources.recognition
        _ = try other.loadGazetteers([
            GazetteerFile(displayName: "t.csv", bytes: Array("code,name\n610528102,庄里镇\n".utf8)),
            GazetteerFile(displayName: "v.csv", bytes: Array("code,name\n640106100201,镇北堡村委会\n".utf8)),
        ], homeCounty: nil)
        #expect(Self.places("在庄里镇北堡村调研。", other).map(\.0) == ["庄里镇", "北堡村"])
        // A village written right after its town is named in full, though a shorter listed
        // village ends where it ends (太阳乡 + 南柳营村, not 柳营村).
        #expect(Self.places("在陈村镇南北堡村调研。", resources).map(\.0) == ["陈村镇", "南北堡村"])
    }

    @Test func aSightAfterATownStartsAfterItThoughAShorterPlaceEndsThere() throws {
        let resources = try Self.resources(file: "t.csv", "code,name\n430223102,酒埠江镇\n140826199,江镇\n")
        #expect(Self.places("在酒埠江镇龙山温泉度假区开幕。", resources).map(\.0) == ["酒埠江镇", "龙山温泉度假区"])
    }

    @Test func aCountyIsFoundByItsFullNameAndThenByItsStem() throws {
        let resources = try Self.resources()
        // The stem names the county only in an article that names it in full first.
        #expect(Self.places("稷山主任", resources).isEmpty)
        let found = Self.places("稷山县和稷山", resources)
        #expect(found.map(\.0) == ["稷山县", "稷山"])
        #expect(found.last?.1 == "rule:place.county-short-name")
        // A stem of one character never stands alone.
        #expect(Self.places("绛县召开大会,绛北大地。", resources).map(\.0) == ["绛县"])
    }

    @Test func aChainNeverReadsOnFromInsideACityName() throws {
        // 市中 is the stem of the district 市中区: 运城市中小学 holds 运城市 and no chain.
        let resources = try Self.resources(file: "c.csv", "code,name,cityCode,provinceCode\n370402,市中区,3704,37\n140802,盐湖区,1408,14\n")
        #expect(Self.places("参加运城市中小学生运动会。", resources).map(\.0) == ["运城市"])
        #expect(Self.places("来自运城市盐湖区的代表。", resources).map(\.0) == ["运城市盐湖区"])
    }

    @Test func aVillageOfOneCharacterIsAPlaceAfterATownOfItsCounty() throws {
        var resources = TestResources.recognition
        _ = try resources.loadGazetteers([
            GazetteerFile(displayName: "c.csv", bytes: Array(Self.counties.utf8)),
            GazetteerFile(displayName: "t.csv", bytes: Array(Self.towns.utf8)),
            GazetteerFile(displayName: "v.csv", bytes: Array("code,name\n140826101210,乔村村委会\n140824100211,王村委会\n".utf8)),
        ], homeCounty: nil)
        // Right after a town of its county, and then again in that article.
        let found = Self.places("走进横水镇乔村,乔村村民说。", resources)
        #expect(found.map(\.0) == ["横水镇", "乔村", "乔村"])
        #expect(found.map(\.1).suffix(2) == ["v.csv:2", "rule:place.short-village"])
        // Alone, or after a town of another county, such a name is none.
        #expect(Self.places("乔村村民说。", resources).isEmpty)
        #expect(Self.places("走进横水镇王村。", resources).map(\.0) == ["横水镇"])
        // Also after the town's 的.
        #expect(Self.places("走进横水镇的乔村。", resources).map(\.0) == ["横水镇", "乔村"])
    }

    @Test func aVillageOfOneCharacterOfTheHomeCountyIsAPlaceWhereItStandsApart() throws {
        let villages = "code,name\n140826101210,乔村村委会\n140824100211,王村委会\n"
        var resources = TestResources.recognition
        _ = try resources.loadGazetteers([
            GazetteerFile(displayName: "c.csv", bytes: Array(Self.counties.utf8)),
            GazetteerFile(displayName: "v.csv", bytes: Array(villages.utf8)),
        ], homeCounty: "绛县")
        // After a mark or a word that leads to a place, and before no longer word.
        let found = Self.places("在乔村,他说。乔村党支部书记和乔村村民说,乔村长说,乔村级道路好,我们的乔村美。", resources)
        #expect(found.map(\.0) == ["乔村", "乔村", "乔村"])
        #expect(found.map(\.1) == ["v.csv:2", "v.csv:2", "v.csv:2"])
        // A village of another county is none alone.
        #expect(Self.places("在王村,他说。", resources).isEmpty)
    }

    @Test func aDistrictNamedByACommonWordIsNoPlaceAlone() throws {
        var resources = TestResources.recognition
        let counties = "code,name,cityCode,provinceCode\n140502,城区,1405,14\n140525,泽州县,1405,14\n"
        let summary = try resources.loadGazetteers(
            [GazetteerFile(displayName: "c.csv", bytes: Array(counties.utf8))], homeCounty: "城区"
        )
        // Still a county to name with --county, but 城区 in running text is the town's centre.
        #expect(summary.homeCounty == "城区")
        #expect(Self.places("组织城区6所学校与泽州县的学校结对。", resources).map(\.0) == ["泽州县"])
    }

    @Test func theHomeCountysBareNameIsAPlaceInEveryArticle() throws {
        // Without --county, 稷山 alone names nothing; with it, it is the paper's county.
        #expect(Self.places("稷山苹果喜获丰收。", try Self.resources()).isEmpty)
        let home = try Self.resources(county: "稷山县")
        let found = Self.places("稷山苹果喜获丰收，稷山县城新貌。", home)
        #expect(found.map(\.0) == ["稷山", "稷山县"])
        #expect(found.allSatisfy { $0.1 == "rule:place.home-county" || $0.1 == "counties.csv:3" })
        // A home county with a one-character stem has no bare name to look for.
        #expect(Self.places("绛北大地。", try Self.resources(county: "绛县")).isEmpty)
    }

    @Test func aCountyOfTheHomeCountysPrefectureIsAPlaceByItsBareName() throws {
        // 稷山县 (140824) and 绛县 (140826) share the prefecture 1408 (运城): in a 绛县 paper, 稷山
        // alone is a place; without --county it names nothing.
        let found = Self.places("稷山苹果喜获丰收。", try Self.resources(county: "绛县"))
        #expect(found.map(\.0) == ["稷山"])
        #expect(found.map(\.1) == ["rule:place.neighbour-county"])
        #expect(Self.places("稷山苹果喜获丰收。", try Self.resources()).isEmpty)
    }

    @Test func aCountyLevelCityOfTheHomeCountysProvinceIsAPlaceByItsBareName() throws {
        // 侯马市 (141081, 临汾) is a county-level city of 绛县's province (14), 沁水县 (140521,
        // 晋城) a county: in a 绛县 paper 侯马 alone is a place, 沁水 names nothing.
        let csv = "code,name,cityCode,provinceCode\n140826,绛县,1408,14\n141081,侯马市,1410,14\n140521,沁水县,1405,14\n"
        var resources = TestResources.recognition
        _ = try resources.loadGazetteers([GazetteerFile(displayName: "c.csv", bytes: Array(csv.utf8))], homeCounty: "绛县")
        let found = Self.places("来自侯马、沁水的游客。", resources)
        #expect(found.map(\.0) == ["侯马"])
        #expect(found.map(\.1) == ["rule:place.neighbour-county"])
    }

    @Test func aCountyLevelCitysPaperHeadsTitlesWithItsCitysBodies() throws {
        var resources = TestResources.recognition
        _ = try resources.loadGazetteers([GazetteerFile(
            displayName: "c.csv", bytes: Array("code,name,cityCode,provinceCode\n140881,永济市,1408,14\n".utf8)
        )], homeCounty: "永济市")
        func titles(_ text: String, _ resources: RecognitionResources) -> [String] {
            let article = Recognizer(resources: resources).recognize(Normalizer().normalize(TestPipeline.raw(text)))
            return article.mentions.filter { $0.label == .title }.map(\.text)
        }
        // In a 永济市 paper, 市人民医院 is the city's own body and heads the title, as 县人民医院
        // does in a county's paper; elsewhere the city's body stays apart.
        #expect(titles("市人民医院院长张平出席。", resources) == ["市人民医院院长"])
        #expect(titles("市人民医院院长张平出席。", TestResources.recognition) == ["院长"])
    }

    @Test func anAutonomousCountysBareNameIsItsFirstTwoCharacters() throws {
        var resources = TestResources.recognition
        _ = try resources.loadGazetteers([GazetteerFile(
            displayName: "c.csv", bytes: Array("code,name,cityCode,provinceCode\n130826,丰宁满族自治县,1308,13\n621026,宁县,6210,62\n".utf8)
        )], homeCounty: "丰宁满族自治县")
        #expect(resources.homeCounty?.bare.map { String(String.UnicodeScalarView($0)) } == "丰宁")
        // 丰宁县城 is the home county's town, not 宁县 of 甘肃; the full name is matched as listed.
        #expect(Self.places("丰宁县城和丰宁满族自治县。", resources).map(\.0) == ["丰宁县", "丰宁满族自治县"])
    }

    static func bodies(_ text: String, _ resources: RecognitionResources) -> [String] {
        let article = Recognizer(resources: resources).recognize(Normalizer().normalize(TestPipeline.raw(text)))
        return article.mentions.filter { $0.label == .org }.map(\.text)
    }

    @Test func aCountyScopesItsBodiesByFullNameOrBareName() throws {
        let resources = try Self.resources()
        // The level ending the county begins its committee: 稷山县 + 县委.
        #expect(Self.bodies("稷山县委、县政府高度重视", resources) == ["稷山县委", "县政府"])
        // The bare name is a scope before an organ, never a place or a title scope alone.
        #expect(Self.bodies("深入稷山经济开发区调研", resources) == ["稷山经济开发区"])
        #expect(Self.places("深入稷山经济开发区调研,稷山的群众", resources).isEmpty)
        #expect(Self.bodies("稷山经济开发区", TestResources.recognition) == ["经济开发区"])
    }

    @Test func aProvinceAndTheCountyInItWrittenSolidAreOnePlace() throws {
        let resources = try Self.resources()
        // Also by the county's bare name after its province; the bare name alone stays none.
        #expect(Self.places("山西稷山人,运城市绛县,在稷山考察", resources).map(\.0) == ["山西稷山", "运城市绛县"])
    }

    @Test func aCompanysShortFormDropsACountysBareNameBeforeIt() throws {
        let resources = try Self.resources()
        let article = Recognizer(resources: resources).recognize(Normalizer().normalize(TestPipeline.raw(
            "山西稷山兰香茶业有限公司投产。兰香茶业订单增加。"
        )))
        #expect(article.mentions.filter { $0.label == .enterprise }.map(\.text) == ["山西稷山兰香茶业有限公司", "兰香茶业"])
        // Not when only trades would remain: the county's name is then the company's own.
        let trades = Recognizer(resources: resources).recognize(Normalizer().normalize(TestPipeline.raw(
            "山西稷山包装材料有限公司投产。稷山包装订单增加。"
        )))
        #expect(trades.mentions.filter { $0.label == .enterprise }.map(\.text) == ["山西稷山包装材料有限公司", "稷山包装"])
    }

    static func persons(_ text: String, _ resources: RecognitionResources) -> [String] {
        let article = Recognizer(resources: resources).recognize(Normalizer().normalize(TestPipeline.raw(text)))
        return article.mentions.filter { $0.label == .person }.map(\.text)
    }

    @Test func aCountysBareNameStartsANameOnlyWithATitleOrCue() throws {
        var resources = TestResources.recognition
        let counties = "code,name,cityCode,provinceCode\n410403,\"卫东区\",4104,41\n371626,\"邹平县\",3716,37\n"
        _ = try resources.loadGazetteers([GazetteerFile(displayName: "g/c.csv", bytes: Array(counties.utf8))], homeCounty: nil)
        #expect(Self.persons("副县长卫东方主持会议。", resources) == ["卫东方"])
        #expect(Self.persons("卫东方说,今年收成好。", resources) == ["卫东方"])
        // Between plain boundaries the bare name is the place, not a name by its odds.
        #expect(Self.persons("继莱州、邹平两家农商行之后", resources).isEmpty)
    }

    @Test func malformedGazetteersAreReportedCompilerStyle() {
        var resources = TestResources.recognition
        #expect(throws: DictionaryError(file: "g/x.csv", line: 3, message: "division code must have 2, 4, 6, 9 or 12 digits, not 5")) {
            _ = try resources.loadGazetteers(
                [GazetteerFile(displayName: "g/x.csv", bytes: Array("code,name\n14,山西省\n14082,绛\n".utf8))], homeCounty: nil
            )
        }
        let header = try? #require(throws: DictionaryError.self) {
            _ = try resources.loadGazetteers([GazetteerFile(displayName: "g/y.csv", bytes: Array("NameB,TF\n王,1\n".utf8))], homeCounty: nil)
        }
        #expect(header?.description.hasPrefix("g/y.csv:1: error: not a gazetteer") == true)
    }

    @Test func anUnknownHomeCountyIsAnError() {
        #expect(throws: DictionaryError.self) { _ = try Self.resources(county: "不存在县") }
    }
}
