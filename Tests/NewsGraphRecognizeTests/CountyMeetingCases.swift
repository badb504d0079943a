import NewsGraphCore
import NewsGraphTestSupport
import Testing

/// Meetings as a county paper names them: after a verb that passes on their spirit too, with a
/// bracketed `（扩大）` inside, and ceremonies (`签约仪式`) and briefings (`通报会`); a company before
/// the name stays a company.
@Suite struct CountyMeetingCases {
    static let meetings: [RecognizerCases.Case] = [
        "解芳主持召开[县委常委会会议|MEETING],传达学习[全省经济工作会议|MEETING]精神。",
        "解芳出席了[全县农村工作会议|MEETING]。",
        "县委理论学习中心组召开[学习会议|MEETING]。",
        "解芳主持召开[县委常委会（扩大）会议|MEETING]。",
        // Ceremonies and briefings are events of the same kind.
        "县里举行[招商引资项目签约仪式|MEETING],县委召开[老干部情况通报会|MEETING]。",
        // A company before the event's name is a party to it, not part of the name.
        "县职业中学与[山西晋绛精工机械有限公司|ENTERPRISE][校企合作签约仪式|MEETING]在县职业中学举行。",
    ].map { RecognizerCases.Case(marked: $0, labels: [.meeting, .enterprise]) }

    @Test(arguments: meetings) func meetingsAfterTheirVerb(_ item: RecognizerCases.Case) {
        RecognizerCases.check(item)
    }
}
