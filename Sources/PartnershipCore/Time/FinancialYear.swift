/// A UK public-sector financial year, 1 April to 31 March, written `2018-19`.
public struct FinancialYear: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The calendar year in which the financial year starts.
    public let startYear: Int

    public init(startYear: Int) { self.startYear = startYear }

    /// The financial year containing `day`.
    public init(containing day: Day) {
        startYear = day.month >= 4 ? day.year : day.year - 1
    }

    /// Parses `2018-19`, `2018/19` or `2018-2019`.
    public init?(_ text: String) {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "/" })
        guard parts.count == 2, parts[0].count == 4, let start = Int(parts[0]), let end = Int(parts[1]) else { return nil }
        let expected = parts[1].count == 2 ? (start + 1) % 100 : start + 1
        guard end == expected else { return nil }
        startYear = start
    }

    public var firstDay: Day { Day(year: startYear, month: 4, day: 1)! }
    public var lastDay: Day { Day(year: startYear + 1, month: 3, day: 31)! }
    public func contains(_ day: Day) -> Bool { day >= firstDay && day <= lastDay }

    public var description: String {
        let end = (startYear + 1) % 100
        return "\(startYear)-\(end < 10 ? "0" : "")\(end)"
    }

    public static func < (lhs: FinancialYear, rhs: FinancialYear) -> Bool { lhs.startYear < rhs.startYear }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let fy = FinancialYear(text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "'\(text)' is not a financial year like 2018-19"))
        }
        self = fy
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}
