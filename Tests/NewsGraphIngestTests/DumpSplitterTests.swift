import NewsGraphIngest
import NewsGraphTestSupport
import Foundation
import Testing

@Suite struct DumpSplitterTests {
    @Test func splitsAtHeadingsAndKeepsHeadlines() {
        let text = "\n\n# 第一篇\n\n本报讯 第一段。\n\n第二段。\n## 第二篇 ##\r\n\r\n正文。\r\n### \n"
        let pieces = DumpSplitter.split(text)
        #expect(pieces.map(\.title) == ["第一篇", "第二篇"])
        #expect(pieces[0].paragraphs == ["本报讯 第一段。", "第二段。"])
        #expect(pieces[0].line == 3)
        #expect(pieces[1].paragraphs == ["正文。"])
    }

    @Test func textBeforeTheFirstHeadingIsAnArticleWithoutHeadline() {
        let pieces = DumpSplitter.split("导语一段。\r旧式换行。\n# 标题\n正文")
        #expect(pieces.count == 2)
        #expect(pieces[0].title == nil)
        #expect(pieces[0].paragraphs == ["导语一段。", "旧式换行。"])
    }

    @Test func hashWithoutSpaceIsNotAHeading() {
        #expect(DumpSplitter.split("#话题# 正文").first?.title == nil)
    }

    @Test func theSeedDumpHasFiveArticlesWithTheirExactHeadlines() throws {
        let text = try String(contentsOfFile: TestPaths.seeds + "/000_8b7748761db64070.txt", encoding: .utf8)
        let titles = DumpSplitter.split(text).map(\.title)
        #expect(titles == [
            "解芳调研乡村振兴 产业发展 基层治理能力提升 土地延包 疫情防控等重点工作",
            "解芳深入磨里镇专题调研全域旅游工作",
            "孙晓主持召开县十七届人大常委会第二十五次主任会议",
            "解芳深入县经济开发区召开项目协调会",
            "李翔主持召开县疫情防控流调溯源工作会议",
        ])
    }
}
