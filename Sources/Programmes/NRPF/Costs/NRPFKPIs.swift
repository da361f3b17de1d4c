import PartnershipCore

/// The NRPF Connect-style measures for a set of cases on a day: open caseload, weekly and
/// cumulative cost split into accommodation and subsistence, average days on support, cases on
/// support for the long-case threshold or more, and closures by reason.
public struct NRPFKPIs: Sendable {
    public let open: Int
    public let dependants: Int
    public let weeklyAccommodationPence: Int
    public let weeklySubsistencePence: Int
    public let cumulativeAccommodationPence: Int
    public let cumulativeSubsistencePence: Int
    /// Mean days on support of the open cases; nil with none open.
    public let averageDays: Double?
    public let longCases: Int
    public let closures: [ClosureReason: Int]

    public init(_ cases: [NRPFCase], on day: Day, longCaseDays: Int) {
        let open = cases.filter { $0.isOpen(on: day) }
        self.open = open.count
        dependants = open.reduce(0) { $0 + $1.dependants }
        weeklyAccommodationPence = open.reduce(0) { $0 + $1.weeklyAccommodationPence }
        weeklySubsistencePence = open.reduce(0) { $0 + $1.weeklySubsistencePence }
        let lines = cases.flatMap { NRPFCosts.lines(for: $0, through: day) }
        cumulativeAccommodationPence = lines.reduce(0) { $0 + $1.accommodationPence }
        cumulativeSubsistencePence = lines.reduce(0) { $0 + $1.subsistencePence }
        let days = open.map { $0.daysOnSupport(on: day) }
        averageDays = days.isEmpty ? nil : Double(days.reduce(0, +)) / Double(days.count)
        longCases = days.filter { $0 >= longCaseDays }.count
        var closures: [ClosureReason: Int] = [:]
        for item in cases {
            if let ended = item.endedOn, ended <= day, let reason = item.closureReason { closures[reason, default: 0] += 1 }
        }
        self.closures = closures
    }
}
