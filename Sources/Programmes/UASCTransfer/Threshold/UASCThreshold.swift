import PartnershipCore

/// An upper-tier LA's NTS threshold: a share of its child population (0-17), in children.
///
/// Rounding rule: the threshold is kept exact (children × rate, e.g. 22.9558 for Middlesbrough at
/// 0.07%, shown to two decimals as 22.96). An LA is **above** it when its UASC in care exceed the
/// exact value (23 or more there); the most it can hold without exceeding it is the whole part
/// (22), so it is **at** the threshold with 22 and **below** with 21 or fewer. Only an LA below can
/// receive a child without going over.
public struct UASCThreshold: Sendable, Hashable {
    public let childPopulation: Int
    /// The rate in millionths (0.07% = 700), so the arithmetic is exact.
    public let rateMillionths: Int

    public init(childPopulation: Int, rate: Double) {
        self.childPopulation = max(0, childPopulation)
        rateMillionths = Int((rate * 1_000_000).rounded())
    }

    /// children × rate, exactly as a Double for display.
    public var children: Double { Double(childPopulation) * Double(rateMillionths) / 1_000_000 }

    /// The most UASC the LA can hold without exceeding the threshold.
    public var wholeChildren: Int { childPopulation.multipliedReportingOverflow(by: rateMillionths).partialValue / 1_000_000 }

    /// Below, at or above for a count of UASC in care.
    public func status(of count: Int) -> UASCThresholdStatus {
        let (scaled, overflow) = count.multipliedReportingOverflow(by: 1_000_000)
        if overflow || scaled > childPopulation * rateMillionths { return .above }
        return count >= wholeChildren ? .at : .below
    }

    /// Children the LA can still receive before reaching the threshold; negative when above.
    public func headroom(for count: Int) -> Int { wholeChildren - count }
}

/// Where an LA's UASC in care stand against its threshold.
public enum UASCThresholdStatus: String, Sendable, Hashable, CaseIterable {
    case below, at, above

    /// May ask the region to transfer a child out.
    public var mayReferOut: Bool { self == .above }
    /// May receive a child without going over.
    public var mayReceive: Bool { self == .below }
}
