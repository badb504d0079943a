/// The attributes of one XML element, kept sorted by name so the bytes written are the same
/// however they were given. A handful of pairs in an array: cheaper than a dictionary and
/// its sort for every element of a large corpus.
struct XMLAttributes: ExpressibleByDictionaryLiteral {
    private(set) var pairs: [(name: String, value: String)]

    init(dictionaryLiteral elements: (String, String)...) {
        pairs = []
        pairs.reserveCapacity(elements.count + 1)
        for (name, value) in elements { set(name, value) }
    }

    /// Sets `name` to `value`, keeping the names sorted.
    mutating func set(_ name: String, _ value: String) {
        var index = pairs.count
        while index > 0, pairs[index - 1].name >= name {
            index -= 1
            if pairs[index].name == name {
                pairs[index].value = value
                return
            }
        }
        pairs.insert((name, value), at: index)
    }
}
