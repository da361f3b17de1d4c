import PartnershipCore
import PublishedStatistics

/// How quickly requests became transfers: working days from request to transfer against the
/// region's target, per receiving LA and for the region.
public struct TransferTimeliness: Sendable {
    public struct Line: Sendable {
        public let laCode: ONSCode?
        public let transfers: Int
        public let withinTarget: Int
        /// Working days per transfer, sorted.
        public let days: [Int]

        public var share: Double? { transfers > 0 ? Double(withinTarget) / Double(transfers) : nil }
        /// The middle value (the lower of the two middle values for an even count).
        public var median: Int? { days.isEmpty ? nil : days[(days.count - 1) / 2] }
    }

    public let byLA: [Line]
    public let region: Line
    /// Requests still open (no transfer yet), for the note.
    public let open: Int

    /// `target` gives the target in working days for a request made on a day (a dated setting).
    public init(requests: [TransferRequest], calendar: WorkingDays, target: (Day) -> Int) throws {
        var perLA: [ONSCode: [Int]] = [:], withinPerLA: [ONSCode: Int] = [:]
        var open = 0
        for request in requests {
            guard let transfer = request.transfer else {
                open += 1
                continue
            }
            let days = try calendar.between(request.requestedOn, transfer.on)
            perLA[transfer.la, default: []].append(days)
            if days <= target(request.requestedOn) { withinPerLA[transfer.la, default: 0] += 1 }
        }
        byLA = perLA.keys.sorted { $0.rawValue < $1.rawValue }.map { code in
            Line(laCode: code, transfers: perLA[code]!.count, withinTarget: withinPerLA[code, default: 0], days: perLA[code]!.sorted())
        }
        let all = perLA.values.flatMap { $0 }.sorted()
        region = Line(laCode: nil, transfers: all.count, withinTarget: withinPerLA.values.reduce(0, +), days: all)
        self.open = open
    }
}
