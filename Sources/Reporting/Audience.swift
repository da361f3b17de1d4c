import PartnershipCore

/// Who is reading: the national network (every small count about people suppressed) or one
/// region (its own counts in full, other regions' suppressed).
public enum Audience: Sendable, Hashable, CustomStringConvertible {
    case national
    case region(String)

    /// The cell as this audience may see it.
    public func sees(_ cell: ReportCell) -> ReportCell {
        // Published figures (no owner) are public already; only local records are suppressed.
        guard case .people(let count) = cell.value, let owner = cell.owner else { return cell }
        let audience: SmallCount.Audience = if case .region(let id) = self, id == owner { .owningRegion } else { .outsideRegion }
        return SmallCount.isSuppressed(count, for: audience) ? cell.with(.suppressed) : cell
    }

    public var description: String {
        switch self {
        case .national: "national"
        case .region(let id): id
        }
    }
}
