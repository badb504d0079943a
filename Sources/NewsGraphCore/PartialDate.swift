/// A calendar date that may lack its year, month or day, as written in an article.
///
/// Renders as the XSD/ISO forms that TEI `date@when` accepts: `2022-12-01`, `2022-12`, `2022`,
/// `--12-01` (month and day, year unknown), `--12` and `---01`.
public struct PartialDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int? {
        get { storedYear == .min ? nil : Int(storedYear) }
        set { storedYear = newValue.map { Int32(clamping: $0) } ?? .min }
    }
    public var month: Int? {
        get { storedMonth == .min ? nil : Int(storedMonth) }
        set { storedMonth = newValue.map { Int16(clamping: $0) } ?? .min }
    }
    public var day: Int? {
        get { storedDay == .min ? nil : Int(storedDay) }
        set { storedDay = newValue.map { Int16(clamping: $0) } ?? .min }
    }

    // Eight bytes in all (`.min` for a missing part): a corpus graph keeps two dates per edge.
    private var storedYear: Int32 = .min
    private var storedMonth: Int16 = .min
    private var storedDay: Int16 = .min

    public init(year: Int? = nil, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Whether the date names a real calendar day, month or year (no 13th month, no 31 April).
    public var isValid: Bool {
        if let year, !(1000...2999).contains(year) { return false }
        if let month, !(1...12).contains(month) { return false }
        if let day {
            guard (1...31).contains(day) else { return false }
            if let month {
                return day <= PartialDate.daysIn(month: month, year: year)
            }
        }
        if year == nil, month == nil, day == nil { return false }
        // A year and a day without the month between them cannot be written in ISO form.
        if year != nil, month == nil, day != nil { return false }
        return true
    }

    /// The number of days of `month`; February has 29 when the year is unknown.
    public static func daysIn(month: Int, year: Int?) -> Int {
        switch month {
        case 2:
            guard let year else { return 29 }
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            return leap ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The same date with the year filled in when it was missing.
    public func withYear(_ fallback: Int?) -> PartialDate {
        guard year == nil, let fallback, month != nil else { return self }
        var copy = self
        copy.year = fallback
        return copy
    }

    /// Whether year, month and day are all known.
    public var isComplete: Bool { year != nil && month != nil && day != nil }

    /// ISO 8601 / XSD rendering (`2022-12-01`, `--12-01`, `2021`).
    public var iso: String {
        String(unsafeUninitializedCapacity: Self.longestISO) { buffer in writeISO(to: buffer.baseAddress!) }
    }

    /// The most bytes `writeISO` writes.
    public static let longestISO = 32

    /// Writes the `iso` form at `target` (room for `longestISO` bytes) and returns its length:
    /// dates are rendered for every relation and graph edge of a corpus, without a `String`.
    public func writeISO(to target: UnsafeMutablePointer<UInt8>) -> Int {
        var count = 0
        func dash() {
            target[count] = UInt8(ascii: "-")
            count += 1
        }
        func number(_ value: Int, width: Int) {
            if value < 0 { dash() }
            var digits = 1
            var rest = value.magnitude
            while rest >= 10 {
                rest /= 10
                digits += 1
            }
            for _ in digits..<max(width, digits) {
                target[count] = UInt8(ascii: "0")
                count += 1
            }
            rest = value.magnitude
            for position in stride(from: count + digits - 1, through: count, by: -1) {
                target[position] = UInt8(48 + rest % 10)
                rest /= 10
            }
            count += digits
        }
        switch (year, month, day) {
        case let (y?, m?, d?): number(y, width: 1); dash(); number(m, width: 2); dash(); number(d, width: 2)
        case let (y?, m?, nil): number(y, width: 1); dash(); number(m, width: 2)
        case let (y?, nil, _): number(y, width: 1)
        case let (nil, m?, d?): dash(); dash(); number(m, width: 2); dash(); number(d, width: 2)
        case let (nil, m?, nil): dash(); dash(); number(m, width: 2)
        case let (nil, nil, d?): dash(); dash(); dash(); number(d, width: 2)
        case (nil, nil, nil): break
        }
        return count
    }

    /// Parses the forms `iso` writes, plus an ISO timestamp's leading date (`2022-12-05T08:00`).
    public init?(iso text: String) {
        let s = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= s.count else { return nil }
            var value = 0
            for i in range {
                guard (48...57).contains(s[i]) else { return nil }
                value = value * 10 + Int(s[i] - 48)
            }
            return value
        }
        if s.starts(with: Array("---".utf8)) {
            guard s.count == 5, let d = number(3..<5) else { return nil }
            self.init(day: d)
        } else if s.starts(with: Array("--".utf8)) {
            guard let m = number(2..<4) else { return nil }
            if s.count == 4 {
                self.init(month: m)
            } else {
                guard s.count == 7, s[4] == UInt8(ascii: "-"), let d = number(5..<7) else { return nil }
                self.init(month: m, day: d)
            }
        } else {
            guard let y = number(0..<4) else { return nil }
            if s.count == 4 {
                self.init(year: y)
            } else {
                guard s.count >= 7, s[4] == UInt8(ascii: "-"), let m = number(5..<7) else { return nil }
                if s.count == 7 {
                    self.init(year: y, month: m)
                } else {
                    guard s.count >= 10, s[7] == UInt8(ascii: "-"), let d = number(8..<10) else { return nil }
                    guard s.count == 10 || s[10] == UInt8(ascii: "T") || s[10] == UInt8(ascii: " ") else {
                        return nil
                    }
                    self.init(year: y, month: m, day: d)
                }
            }
        }
        guard isValid else { return nil }
    }

    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        (lhs.year ?? 0, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year ?? 0, rhs.month ?? 0, rhs.day ?? 0)
    }

    public var description: String { iso }
}
