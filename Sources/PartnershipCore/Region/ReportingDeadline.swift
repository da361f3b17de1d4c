/// A recurring return the partnership owes (annual report, half-year report, ...).
public struct ReportingDeadline: Hashable, Sendable, Codable {
    public let report: String
    /// When it is due, as the source states it (e.g. "30 June", "31 October").
    public let due: String
    public let recipient: String?
    public let source: String?

    public init(report: String, due: String, recipient: String? = nil, source: String? = nil) {
        self.report = report
        self.due = due
        self.recipient = recipient
        self.source = source
    }
}
