/// Statistical disclosure control for counts of people: 1-4 is shown as `<5` to anyone outside
/// the region that owns the records (children, victims of slavery, NRPF households).
public enum SmallCount {
    /// Who is looking at a figure, relative to the region it describes.
    public enum Audience: Sendable {
        case owningRegion
        case outsideRegion
    }

    /// The count as text for `audience`.
    public static func display(_ count: Int, for audience: Audience) -> String {
        if audience == .outsideRegion, (1...4).contains(count) { return "<5" }
        return String(count)
    }

    /// Whether a count must be hidden from `audience`.
    public static func isSuppressed(_ count: Int, for audience: Audience) -> Bool {
        audience == .outsideRegion && (1...4).contains(count)
    }
}
