/// The status a programme lead records for a plan action (`smp plan update --status`).
public enum ActionStatus: String, Sendable, CaseIterable {
    case notStarted = "not-started", inProgress = "in-progress", complete, delayed, cancelled

    /// A status as a plan document records it ("Completed", "Completed 4th quarter", "Ongoing").
    public init(recorded text: String) {
        let lower = text.lowercased()
        if lower.contains("complete") || lower == "done" || lower == "achieved" {
            self = .complete
        } else if lower.contains("delay") || lower.contains("behind") {
            self = .delayed
        } else if lower.contains("cancel") || lower.contains("withdrawn") {
            self = .cancelled
        } else if lower.contains("not started") {
            self = .notStarted
        } else {
            self = .inProgress
        }
    }
}
