import PartnershipCore

/// One figure in a report, typed, so each renderer formats it for its reader (grouped digits in a
/// table, plain numbers in CSV, numbers and `null` in JSON) and nothing re-parses formatted text.
public struct ReportCell: Sendable, Hashable, ExpressibleByStringLiteral {
    public enum Value: Sendable, Hashable {
        /// A count of persons: suppressed as `<5` (1-4) outside the region that owns it.
        case people(Int)
        case count(Int)
        /// Pounds, held in pence.
        case money(pence: Int)
        /// A rate or ratio, shown with `places` decimals.
        case rate(Double, places: Int)
        /// A percentage (0-100), shown with `places` decimals.
        case percentage(Double, places: Int)
        /// "1 in N": residents per person (a ratio people read more easily than a rate).
        case oneIn(Int)
        case date(Day)
        case text(String)
        /// A count of 1-4 people hidden from this audience.
        case suppressed
        /// A count withheld (shown `c`) so that a suppressed count cannot be worked out from a total.
        case withheld
        /// The programme is switched off for the region: never shown as zero.
        case off
        /// No figure, and why.
        case noData(String)
    }

    public let value: Value
    /// Where the figure comes from, and the date the data refers to.
    public let source: String?
    public let asOf: Day?
    /// The region whose records the figure counts (for suppression); nil for published figures.
    public let owner: String?
    /// The period the figure covers when it differs from "at `asOf`" (a target's year, "2024-25 to
    /// date", "cumulative"): shown beside the figure.
    public let period: String?

    public init(_ value: Value, source: String? = nil, asOf: Day? = nil, owner: String? = nil, period: String? = nil) {
        self.value = value
        self.source = source
        self.asOf = asOf
        self.owner = owner
        self.period = period
    }

    public init(stringLiteral value: String) { self.init(.text(value)) }

    public static func text(_ text: String) -> ReportCell { ReportCell(.text(text)) }
    public static func count(_ count: Int) -> ReportCell { ReportCell(.count(count)) }
    public static func people(_ count: Int, owner: String? = nil) -> ReportCell { ReportCell(.people(count), owner: owner) }
    public static func money(pence: Int) -> ReportCell { ReportCell(.money(pence: pence)) }
    public static func rate(_ value: Double, places: Int = 1) -> ReportCell { ReportCell(.rate(value, places: places)) }
    public static func percentage(_ value: Double, places: Int = 1) -> ReportCell { ReportCell(.percentage(value, places: places)) }
    public static func date(_ day: Day) -> ReportCell { ReportCell(.date(day)) }
    public static func oneIn(_ residents: Int) -> ReportCell { ReportCell(.oneIn(residents)) }
    public static func noData(_ reason: String) -> ReportCell { ReportCell(.noData(reason)) }
    public static let off = ReportCell(.off)
    /// An empty cell (nothing to say, e.g. a total row's code column).
    public static let blank = ReportCell(.text(""))

    /// The same cell with a different value, keeping its source, date and owner.
    public func with(_ value: Value) -> ReportCell { ReportCell(value, source: source, asOf: asOf, owner: owner, period: period) }

    /// A count's value (people or other), for charts; nil for every other kind.
    public var numericValue: Int? {
        switch value {
        case .people(let n), .count(let n): n
        default: nil
        }
    }

    /// True for numbers, so text renderers align them right.
    public var isNumeric: Bool {
        switch value {
        case .people, .count, .money, .rate, .percentage, .oneIn, .suppressed, .withheld: true
        default: false
        }
    }
}
