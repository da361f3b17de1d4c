import PartnershipCore

/// Red, amber or green for a plan action, derived from its recorded status and its timescale
/// against the day, with the reason in words (so the colour is never the only signal).
public struct RAGStatus: Sendable, Hashable {
    public enum Colour: String, Sendable, CaseIterable { case red = "R", amber = "A", green = "G", closed = "-" }
    public let colour: Colour
    public let reason: String

    /// Complete is green; cancelled is closed; past its deadline and not complete is red; due within
    /// 30 days, or delayed, is amber; a recurring action with no status recorded is amber.
    public static func derive(status: ActionStatus?, timescale: Timescale, on day: Day) -> RAGStatus {
        if status == .complete { return RAGStatus(colour: .green, reason: "complete") }
        if status == .cancelled { return RAGStatus(colour: .closed, reason: "cancelled") }
        if let deadline = timescale.deadline {
            if deadline < day { return RAGStatus(colour: .red, reason: "overdue: due \(deadline), not recorded complete") }
            if status == .delayed { return RAGStatus(colour: .amber, reason: "delayed (due \(deadline))") }
            if deadline <= day.adding(days: 30) { return RAGStatus(colour: .amber, reason: "due soon: \(deadline)") }
            return RAGStatus(colour: .green, reason: status == nil ? "not yet due (\(deadline))" : "on track (due \(deadline))")
        }
        switch status {
        case nil: return RAGStatus(colour: .amber, reason: "recurring ('\(timescale.text)'): no status recorded")
        case .delayed?: return RAGStatus(colour: .amber, reason: "recurring: delayed")
        default: return RAGStatus(colour: .green, reason: "recurring: \(status!.rawValue)")
        }
    }
}
