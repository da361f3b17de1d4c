import PartnershipCore

/// Where N new arrivals can go without any LA passing its limit, and why each LA gets what it gets.
public struct AllocationPlan: Sendable, Hashable {
    public struct Line: Sendable, Hashable {
        public let code: ONSCode
        public let name: String
        public let headroomBefore: Int
        public let allocated: Int
        public let countAfter: Int
        public let limit: Int
        public let reason: String
    }

    public let strategy: AllocationStrategy
    public let requested: Int
    public let lines: [Line]

    public var allocated: Int { lines.reduce(0) { $0 + $1.allocated } }
    public var totalHeadroom: Int { lines.reduce(0) { $0 + $1.headroomBefore } }
    /// Arrivals that cannot be placed without breaching a limit.
    public var shortfall: Int { requested - allocated }
}
