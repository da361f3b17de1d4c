/// The note every table built from synthetic records carries, so generated figures are never
/// read as real ones.
public enum SyntheticLabel {
    /// One line when any source says SYNTHETIC, none otherwise.
    public static func notes(for sources: [String]) -> [String] {
        sources.contains { $0.uppercased().contains("SYNTHETIC") } ? ["SYNTHETIC local records: generated test data, not real figures."] : []
    }
}
