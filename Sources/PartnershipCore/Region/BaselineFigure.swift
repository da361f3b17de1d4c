/// A published headline figure (e.g. "178 people on subsistence-only support, March 2018"),
/// always with its as-of date and source.
public struct BaselineFigure: Hashable, Sendable, Codable, Identifiable {
    public let id: String
    public let label: String
    public let value: Double
    public let unit: String
    public let asOf: Day
    public let source: String
    public let programme: ProgrammeID?
    public let note: String?
    /// The platform indicator that looks like the same measure (`compare-with:`), so the comparison
    /// can show both figures and flag where they differ.
    public let indicator: String?

    public init(
        id: String, label: String, value: Double, unit: String, asOf: Day, source: String, programme: ProgrammeID? = nil, note: String? = nil,
        indicator: String? = nil
    ) {
        self.id = id
        self.label = label
        self.value = value
        self.unit = unit
        self.asOf = asOf
        self.source = source
        self.programme = programme
        self.note = note
        self.indicator = indicator
    }
}
