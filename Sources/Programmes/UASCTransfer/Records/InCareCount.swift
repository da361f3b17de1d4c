import PartnershipCore

/// Unaccompanied asylum-seeking children in one upper-tier LA's care on a day: a count from the
/// LA's own records (never a list of children).
public struct InCareCount: Sendable, Hashable {
    public let laCode: ONSCode
    public let day: Day
    public let children: Int
    public let source: String

    public init(laCode: ONSCode, day: Day, children: Int, source: String) {
        self.laCode = laCode
        self.day = day
        self.children = children
        self.source = source
    }
}
