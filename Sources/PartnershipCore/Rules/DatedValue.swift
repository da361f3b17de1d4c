/// A rule parameter as policy sets it: a value, the day it took effect, the day it stopped
/// (if it has), and where it is written down.
public struct DatedValue<Value: Sendable & Hashable & Codable>: Hashable, Sendable, Codable {
    public let value: Value
    public let validFrom: Day
    public let validTo: Day?
    public let source: String

    public init(_ value: Value, from validFrom: Day, to validTo: Day? = nil, source: String) {
        self.value = value
        self.validFrom = validFrom
        self.validTo = validTo
        self.source = source
    }

    public func applies(on day: Day) -> Bool {
        day >= validFrom && (validTo.map { day <= $0 } ?? true)
    }
}

extension Array {
    /// The version of a dated rule in force on `day` (the latest that applies).
    public func inForce<V>(on day: Day) -> DatedValue<V>? where Element == DatedValue<V> {
        filter { $0.applies(on: day) }.max { $0.validFrom < $1.validFrom }
    }
}
