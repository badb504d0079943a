/// Finished items waiting to be taken, first in, first out: the hand-over of the streaming
/// splitters. Taking an item is O(1); the storage is reused once every item has been taken.
struct ReadyQueue<Element> {
    private var items: [Element] = []
    private var start = 0

    mutating func append(_ item: Element) {
        items.append(item)
    }

    /// The oldest item not taken yet, if any.
    mutating func next() -> Element? {
        guard start < items.count else { return nil }
        let item = items[start]
        start += 1
        if start == items.count {
            items.removeAll(keepingCapacity: true)
            start = 0
        }
        return item
    }
}
