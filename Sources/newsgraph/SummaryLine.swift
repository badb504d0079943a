import NewsGraphPipeline

/// The one-line summary at the end of an extract run, and the optional stage timings.
enum SummaryLine {
    static func text(_ summary: ExtractRun.Summary, outputFolder: String) -> String {
        let megabytes = Double(summary.inputBytes) / 1e6
        let rate = summary.seconds > 0 ? megabytes / summary.seconds : 0
        return "newsgraph: \(summary.files) files, \(summary.articles) articles, \(summary.entities) entities, "
            + "\(summary.mentions) mentions, \(summary.relations) relations in \(fixed(summary.seconds)) s "
            + "(\(fixed(megabytes)) MB, \(fixed(rate)) MB/s); wrote \(outputFolder)/articles.jsonl, graph.dot, corpus.tei.xml"
    }

    static func stages(_ summary: ExtractRun.Summary) -> String {
        "newsgraph: stage seconds (summed over workers): "
            + summary.stageTimes.named.map { "\($0.0) \(fixed($0.1.seconds))" }.joined(separator: ", ")
    }

    static func fixed(_ value: Double) -> String {
        String((value * 100).rounded() / 100)
    }
}
