import NewsGraphCore
import Testing

@Suite struct CorpusGraphTests {
    private func graph(_ article: Int, _ names: [String], date: Int) -> CorpusGraph {
        var graph = CorpusGraph()
        let keys = names.map { EntityKey(label: .person, name: $0) }
        for (index, key) in keys.enumerated() {
            graph.nodes[key] = CorpusGraph.Node(
                firstSeen: CorpusGraph.ordinal(article: article, mention: index), mentions: 1, articles: 1,
                titles: ["县长": article]
            )
        }
        for a in 0..<keys.count {
            for b in (a + 1)..<keys.count {
                let day = PartialDate(year: 2022, month: 12, day: date)
                graph.edges[CorpusGraph.Pair(keys[a], keys[b])] = CorpusGraph.Edge(sentences: 1, articles: 1, first: day, last: day)
            }
        }
        return graph
    }

    /// Edge counts are 32-bit; merging huge parts (from `merge` over partial graphs) stops at
    /// the largest count instead of crashing the run.
    @Test func edgeCountsSaturateInsteadOfTrapping() {
        let big = Int(UInt32.max) - 1
        var edge = CorpusGraph.Edge(sentences: big, articles: big, relations: [.visited: big])
        edge.merge(CorpusGraph.Edge(sentences: 5, articles: 5, relations: [.visited: 5]))
        #expect(edge.sentences == Int(UInt32.max))
        #expect(edge.articles == Int(UInt32.max))
        #expect(edge[count: .visited] == Int(UInt32.max))
        var graph = CorpusGraph()
        let a = EntityKey(label: .person, name: "甲"), b = EntityKey(label: .place, name: "乙村")
        graph.edges[CorpusGraph.Pair(a, b)] = edge
        graph.addEdge(a, b, sentences: 1, relation: .visited, date: nil)
        #expect(graph.edges[CorpusGraph.Pair(a, b)]?.sentences == Int(UInt32.max))
        #expect(CorpusGraph.Edge(sentences: Int.max, articles: 0).sentences == Int(UInt32.max))
    }

    @Test func mergeIsAssociativeAndCommutative() {
        let parts = [graph(0, ["甲", "乙"], date: 1), graph(1, ["乙", "丙"], date: 3), graph(2, ["甲", "乙", "丙"], date: 2)]
        var leftToRight = CorpusGraph()
        for part in parts { leftToRight.merge(part) }
        var rightToLeft = CorpusGraph()
        for part in parts.reversed() { rightToLeft.merge(part) }
        var tree = parts[1]
        tree.merge(parts[2])
        var root = parts[0]
        root.merge(tree)
        #expect(leftToRight == rightToLeft)
        #expect(leftToRight == root)
        let pair = CorpusGraph.Pair(EntityKey(label: .person, name: "甲"), EntityKey(label: .person, name: "乙"))
        #expect(leftToRight.edges[pair]?.sentences == 2)
        #expect(leftToRight.edges[pair]?.first?.iso == "2022-12-01")
        #expect(leftToRight.edges[pair]?.last?.iso == "2022-12-02")
        #expect(leftToRight.nodesInOrder.map(\.key.name) == ["甲", "乙", "丙"])
    }

    @Test func mostFrequentTitleBreaksTiesByName() {
        let node = CorpusGraph.Node(firstSeen: 0, mentions: 3, articles: 2, titles: ["县长": 2, "副书记": 2, "主任": 1])
        #expect(node.mostFrequentTitle == "副书记")
    }

    @Test func registryNumbersEachPrefixInOrderOfFirstAppearance() {
        var registry = EntityRegistry()
        #expect(registry.id(for: EntityKey(label: .person, name: "解芳")) == "per_0001")
        #expect(registry.id(for: EntityKey(label: .enterprise, name: "聚能科技有限公司")) == "org_0001")
        #expect(registry.id(for: EntityKey(label: .org, name: "县审计局")) == "org_0002")
        #expect(registry.id(for: EntityKey(label: .person, name: "梁亿")) == "per_0002")
        #expect(registry.id(for: EntityKey(label: .person, name: "解芳")) == "per_0001")
        #expect(registry.id(for: EntityKey(label: .date, name: "12月1日")) == nil)
    }
}
