@testable import NewsGraphRecognize
import Testing

/// The arithmetic under the person odds.
@Suite struct PersonOddsTests {
    @Test(arguments: [
        (0.001, -6.9077553), (0.02, -3.9120230), (0.5, -0.6931472), (2, 0.6931472), (10, 2.3025851),
        (13_929, 9.5417283), (1e6, 13.8155106),
    ] as [(Float, Float)])
    func naturalLogMatchesKnownValues(_ x: Float, _ expected: Float) {
        #expect(abs(PersonOdds.naturalLog(x) - expected) <= 1e-5 * max(1, abs(expected)))
    }

    @Test func logOfOneIsZeroAndOfZeroIsMinusInfinity() {
        #expect(PersonOdds.naturalLog(1) == 0)
        #expect(PersonOdds.naturalLog(0) == -.infinity)
    }

    @Test func incompleteParametersAcceptNothing() {
        var odds = PersonOdds()
        odds.parameters["threshold"] = -3
        odds.prepare(names: ScalarTable(), text: ScalarTable())
        #expect(!odds.isEnabled)
    }
}
