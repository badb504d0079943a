import NewsGraphCore
import Testing

@Suite struct OrderedBatchRunnerTests {
    @Test(arguments: [1, 2, 3, 8]) func resultsComeBackInInputOrderForAnyJobs(_ jobs: Int) {
        let inputs = Array(0..<1000)
        let outputs = OrderedBatchRunner(jobs: jobs).map(inputs) { value -> String in
            var hash = value
            for _ in 0..<(value % 50) { hash = hash &* 31 &+ 7 }
            return "\(value):\(hash)"
        }
        #expect(outputs.count == inputs.count)
        #expect(outputs == inputs.map { value in
            var hash = value
            for _ in 0..<(value % 50) { hash = hash &* 31 &+ 7 }
            return "\(value):\(hash)"
        })
    }

    @Test func emptyAndSingleBatchesWork() {
        #expect(OrderedBatchRunner(jobs: 4).map([Int]()) { $0 }.isEmpty)
        #expect(OrderedBatchRunner(jobs: 4).map([5]) { $0 * 2 } == [10])
    }
}
