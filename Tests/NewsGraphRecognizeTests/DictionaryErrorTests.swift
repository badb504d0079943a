import NewsGraphCore
import NewsGraphRecognize
import NewsGraphTestSupport
import Testing

/// A malformed dictionary line is reported compiler-style with file and line.
@Suite struct DictionaryErrorTests {
    @Test func unknownTitlePartNamesFileAndLine() {
        var resources = RecognitionResources()
        let file = DictionaryFile(displayName: "Dictionaries/titles.tsv", text: "# parts\n县\tscope\n书记\tboss\n")
        #expect(throws: DictionaryError(file: "Dictionaries/titles.tsv", line: 3, message: "unknown role \"boss\" (expected office, organ, rank, scope)")) {
            try resources.load(kind: "titles", file: file)
        }
    }

    @Test func aFileSavedWithWindowsLineEndsReadsLikeOneWithUnixOnes() {
        let unix = DictionaryFile(displayName: "t.tsv", text: "# parts\n县 \tscope\n\n书记\toffice\n")
        let windows = DictionaryFile(displayName: "t.tsv", text: "# parts\r\n县 \tscope\r\n\r\n书记\toffice\r\n")
        #expect(windows.rows.map(\.fields) == [["县", "scope"], ["书记", "office"]])
        #expect(windows.rows.map(\.fields) == unix.rows.map(\.fields))
        #expect(windows.rows.map(\.line) == [2, 4])
    }

    @Test func missingColumnAndBadNumbersAreErrors() {
        var resources = RecognitionResources()
        let suffixes = DictionaryFile(displayName: "x.tsv", text: "村\tvillage\t2\n")
        #expect(throws: DictionaryError.self) { try resources.load(kind: "place-suffixes", file: suffixes) }
        let error = try? #require(throws: DictionaryError.self) {
            try resources.load(kind: "place-suffixes", file: DictionaryFile(displayName: "x.tsv", text: "村\tvillage\t2\tmany\n"))
        }
        #expect(error?.description.hasPrefix("x.tsv:1: error: longest stem must be a whole number") == true)
    }

    @Test func nameCharacterCountsMustBeWholeNumbers() {
        var resources = RecognitionResources()
        let error = try? #require(throws: DictionaryError.self) {
            try resources.load(kind: "name-chars", file: DictionaryFile(displayName: "n.tsv", text: "华\t1296\t966\tmany\t595\n"))
        }
        #expect(error?.description == "n.tsv:1: error: last given count must be a whole number, not \"many\"")
        #expect(throws: DictionaryError.self) {
            try resources.load(kind: "name-chars", file: DictionaryFile(displayName: "n.tsv", text: "华明\t1\t2\t3\t4\n"))
        }
        #expect(throws: DictionaryError.self) {
            try resources.load(kind: "transliteration", file: DictionaryFile(displayName: "t.tsv", text: "阿b\n"))
        }
    }

    @Test func personTablesOfTheThirdRoundAreChecked() {
        var resources = RecognitionResources()
        let flag = try? #require(throws: DictionaryError.self) {
            try resources.load(kind: "transliteration", file: DictionaryFile(displayName: "t.tsv", text: "得当\tdot\n"))
        }
        #expect(flag?.description == "t.tsv:1: error: unknown flag \"dot\" (expected dotted)")
        let placeFlag = try? #require(throws: DictionaryError.self) {
            try resources.load(kind: "place-suffixes", file: DictionaryFile(displayName: "s.tsv", text: "区\tdistrict\t2\t3\tafter-place\n村\tvillage\t2\t3\tneeds-name\n"))
        }
        #expect(placeFlag?.description == "s.tsv:2: error: unknown flag \"needs-name\" (expected after-place, short-form)")
        let family = try? #require(throws: DictionaryError.self) {
            try resources.load(kind: "japanese-surnames", file: DictionaryFile(displayName: "j.tsv", text: "桥本\n林\n"))
        }
        #expect(family?.description == "j.tsv:2: error: a Japanese family name is two or three Han characters, not \"林\"")
        let role = try? #require(throws: DictionaryError.self) {
            try resources.load(kind: "person-cues", file: DictionaryFile(displayName: "p.tsv", text: "前锋\trole\n外援\tplayer\n"))
        }
        #expect(role?.description.hasPrefix("p.tsv:2: error:") == true)
        // Only a role word takes the flag everyday.
        let everyday = try? #require(throws: DictionaryError.self) {
            try resources.load(kind: "person-cues", file: DictionaryFile(displayName: "p.tsv", text: "村民\trole\teveryday\n指出\tafter\teveryday\n"))
        }
        #expect(everyday?.description == "p.tsv:2: error: flag \"everyday\" does not apply to a after")
        // Only a context-after word of one character is a bridge.
        let bridge = try? #require(throws: DictionaryError.self) {
            try resources.load(kind: "person-cues", file: DictionaryFile(displayName: "p.tsv", text: "还\tcontext-after\tbridge\n已经\tcontext-after\tbridge\n"))
        }
        #expect(bridge?.description == "p.tsv:2: error: flag \"bridge\" does not apply to a context-after")
    }

    @Test func knownPersonsAreNamesWithAGroup() {
        var resources = RecognitionResources()
        let single = try? #require(throws: DictionaryError.self) {
            try resources.load(kind: "known-persons", file: DictionaryFile(displayName: "k.tsv", text: "叶利钦\tleader-world\n毛\tleader-cn\n"))
        }
        #expect(single?.description == "k.tsv:2: error: a known person is two or more Han characters, maybe joined by a middle dot or dash, not \"毛\"")
        let group = try? #require(throws: DictionaryError.self) {
            try resources.load(kind: "known-persons", file: DictionaryFile(displayName: "k.tsv", text: "鲁迅\n"))
        }
        #expect(group?.description == "k.tsv:1: error: missing column 2 (group)")
        #expect(throws: Never.self) {
            try resources.load(kind: "known-persons", file: DictionaryFile(displayName: "k.tsv", text: "本-古里安\tleader-world\n卡尔·马克思\tthinker\n"))
        }
    }

    @Test func textCountsAndOddsParametersAreChecked() {
        var resources = RecognitionResources()
        let count = try? #require(throws: DictionaryError.self) {
            try resources.load(kind: "text-chars", file: DictionaryFile(displayName: "c.tsv", text: "的\tmany\n"))
        }
        #expect(count?.description == "c.tsv:1: error: count must be a whole number, not \"many\"")
        let parameter = try? #require(throws: DictionaryError.self) {
            try resources.load(kind: "person-odds", file: DictionaryFile(displayName: "o.tsv", text: "scale\t0.01\nboost\t2\n"))
        }
        #expect(parameter?.description.hasPrefix("o.tsv:2: error: unknown parameter \"boost\"") == true)
        let value = try? #require(throws: DictionaryError.self) {
            try resources.load(kind: "person-odds", file: DictionaryFile(displayName: "o.tsv", text: "threshold\thigh\n"))
        }
        #expect(value?.description == "o.tsv:1: error: value must be a decimal number, not \"high\"")
        #expect(throws: DictionaryError.self) {
            try resources.load(kind: "names", file: DictionaryFile(displayName: "w.tsv", text: "卫生\twords\n"))
        }
    }

    @Test func theShippedDictionariesLoad() {
        #expect(TestResources.recognition.entries.count > 1000)
        #expect(!TestResources.recognition.entries(of: "县委", role: .titleOrgan).isEmpty)
    }
}
