/// A measure a programme publishes for every region, with one definition nationally so that
/// regions can be compared side by side.
public struct IndicatorDefinition: Hashable, Sendable, Codable, Identifiable {
    public enum Unit: String, Sendable, Codable {
        case people, count, ratio, ratePer10000 = "rate-per-10000", percent, pounds, days
    }

    /// `<programme>.<name>`, e.g. `dispersal.supported`.
    public let id: String
    public let title: String
    public let unit: Unit
    /// What is counted and how, in words a board member can read.
    public let definition: String
    /// Counts of people (children, victims, NRPF households) that must be shown as `<5` when
    /// 1-4 outside the owning region.
    public let countsPeople: Bool
    /// Where the figure comes from, so a region without a module gets exactly the indicators
    /// published data can give it.
    public let origin: DataOrigin

    public init(id: String, title: String, unit: Unit, definition: String, countsPeople: Bool = false, origin: DataOrigin = .published) {
        self.id = id
        self.title = title
        self.unit = unit
        self.definition = definition
        self.countsPeople = countsPeople
        self.origin = origin
    }
}
