/// The programmes an executable offers, built once at its composition root and passed down.
/// There is no global registration: tests build their own registry.
public struct ProgrammeRegistry: Sendable {
    public let programmes: [any Programme]

    /// Fails when two programmes share an id.
    public init(_ programmes: [any Programme]) throws {
        var seen = Set<ProgrammeID>()
        for programme in programmes where !seen.insert(programme.id).inserted {
            throw ProgrammeError(programme.id, "registered twice")
        }
        self.programmes = programmes
    }

    public var ids: [ProgrammeID] { programmes.map(\.id) }

    public subscript(id: ProgrammeID) -> (any Programme)? {
        programmes.first { $0.id == id }
    }

    /// Every indicator of every programme, in registration order.
    public var indicators: [IndicatorDefinition] { programmes.flatMap(\.indicators) }
}
