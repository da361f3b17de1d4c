/// A report: sections of typed cells, with notes for the whole. Every command's output and every
/// programme's report section is one of these, rendered by `ReportRenderer`.
public struct Report: Sendable, Hashable {
    public let title: String?
    public let sections: [ReportSection]
    public let notes: [String]

    public init(title: String? = nil, sections: [ReportSection], notes: [String] = []) {
        self.title = title
        self.sections = sections
        self.notes = notes
    }

    /// A report of one section.
    public init(_ section: ReportSection) {
        self.init(title: nil, sections: [section])
    }

    /// Counts of people (1-4) owned by another region than `viewer` become `suppressed`: the one
    /// place the small-count rule is applied to what is shown.
    public func suppressingSmallCounts(for viewer: Audience) -> Report {
        Report(title: title, sections: sections.map { $0.suppressingSmallCounts(for: viewer) }, notes: notes)
    }
}
