/// The readings that start at one position, longest first (`NameReading.readings`), kept in
/// the value itself: a position has at most four in practice (a single and a compound surname,
/// each with one or two given characters), so reading a text allocates nothing per position.
/// Any reading past the fourth goes to an array.
struct NameReadings: RandomAccessCollection {
    private var inline: (NameReading?, NameReading?, NameReading?, NameReading?) = (nil, nil, nil, nil)
    private var overflow: [NameReading] = []
    private var stored = 0

    var startIndex: Int { 0 }
    var endIndex: Int { stored }

    subscript(position: Int) -> NameReading {
        // Slots below `stored` are always filled.
        switch position {
        case 0: inline.0!
        case 1: inline.1!
        case 2: inline.2!
        case 3: inline.3!
        default: overflow[position - 4]
        }
    }

    /// Adds `reading` after the others.
    mutating func append(_ reading: NameReading) {
        switch stored {
        case 0: inline.0 = reading
        case 1: inline.1 = reading
        case 2: inline.2 = reading
        case 3: inline.3 = reading
        default: overflow.append(reading)
        }
        stored += 1
    }
}
