/// A local-government reorganisation in which whole predecessor areas became one successor.
public struct BoundaryChange: Hashable, Sendable, Codable {
    public let successor: ONSCode
    public let successorName: String
    /// The day the successor came into being.
    public let effective: Day
    /// Lower-tier (district or unitary) predecessors whose populations sum to the successor's.
    public let predecessors: [ONSCode]
    /// Upper-tier predecessors abolished by the change (counties); they do not add population.
    public let abolishedCounties: [ONSCode]
    public let source: String

    public init(successor: String, name: String, effective: String, predecessors: [String], abolishedCounties: [String] = [], source: String) {
        self.successor = ONSCode(successor)!
        self.successorName = name
        self.effective = Day(iso: effective)!
        self.predecessors = predecessors.map { ONSCode($0)! }
        self.abolishedCounties = abolishedCounties.map { ONSCode($0)! }
        self.source = source
    }
}
