import NewsGraphNormalize
import Testing

@Suite struct LayoutRepairTests {
    @Test func rejoinsWordsThatLayoutBrokeAcrossLines() {
        let text = LayoutRepair.text(fromParagraphs: [
            "在新庄村,解芳实地查看村容村貌及相", "关农业产业项目开展情况。",
            "全县疫情防控人员连续奋战在疫", "情防控第一线。",
            "抓好文旅服务环境", "提升,在讲好文化故事的同时。",
        ])
        #expect(text == "在新庄村,解芳实地查看村容村貌及相关农业产业项目开展情况。\n全县疫情防控人员连续奋战在疫情防控第一线。\n抓好文旅服务环境提升,在讲好文化故事的同时。")
    }

    @Test func keepsRealParagraphBreaksAndNumberedItems() {
        let text = LayoutRepair.text(fromParagraphs: ["第一段结束。", "第二段开始", "一、加强领导。"])
        #expect(text == "第一段结束。\n第二段开始\n一、加强领导。")
    }

    @Test func dropsACaptionAfterTheBylineAndPutsTheBylineOnItsOwnLine() {
        let text = LayoutRepair.text(fromParagraphs: ["为全县重点项目提供精准金融活水。张倩倩", "聚焦重点项目"])
        #expect(text == "为全县重点项目提供精准金融活水。\n张倩倩")
    }

    @Test func aClosingBylineOfCreditsAndNamesIsNoCaption() {
        for byline in ["记者 尉婷婷 通讯员 吕航", "本报记者 韩冬", "记者 侯瑞"] {
            #expect(LayoutRepair.text(fromParagraphs: ["会议结束。", byline]) == "会议结束。\n" + byline)
        }
        // A caption of the same length without a credit still goes.
        #expect(LayoutRepair.text(fromParagraphs: ["会议结束。", "横水镇新庄村村容村貌"]) == "会议结束。")
    }

    @Test func aShortLastLineAfterASentenceIsKeptAsByline() {
        let text = LayoutRepair.text(fromParagraphs: ["会议结束。", "李宁芳"])
        #expect(text == "会议结束。\n李宁芳")
    }

    @Test func linesOfALabelledListStayApart() {
        let lines = ["优秀共产党员(10名):王平安、卫红梅、姚江", "优秀党务工作者(5名)：张秀梅、薛向东", "先进基层党组织:水头镇党委"]
        #expect(LayoutRepair.text(fromParagraphs: lines) == lines.joined(separator: "\n"))
        // A sentence broken before a colon still joins: only its next line opens with a label.
        #expect(LayoutRepair.text(fromParagraphs: ["县委书记张三在会上", "强调：要抓好落实。"]) == "县委书记张三在会上强调：要抓好落实。")
    }

    @Test func aBylineLineStaysApartFromTheParagraphAfterIt() {
        let lines = ["县融媒体中心记者 温馨", "眼下,脐橙花开。"]
        #expect(LayoutRepair.text(fromParagraphs: lines) == lines.joined(separator: "\n"))
        // A broken line that merely ends with a short word after a space still joins.
        #expect(LayoutRepair.text(fromParagraphs: ["全县共有 卫生", "室120个"]) == "全县共有 卫生室120个")
    }

    @Test func rowsOfATableStayApart() {
        let rows = ["冉启明 南坝镇钟灵村卫生室", "王秀英\u{3000}峰城镇中心卫生院", "欧阳明 庙安镇卫生院"]
        #expect(LayoutRepair.text(fromParagraphs: rows) == rows.joined(separator: "\n"))
        // A broken line whose next line has a space further in still joins.
        #expect(LayoutRepair.text(fromParagraphs: ["全县共有卫生", "室120个 其中"]) == "全县共有卫生室120个 其中")
    }
}
