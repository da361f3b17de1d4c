import ArgumentParser
import Reporting

/// `--viewer`: who is reading a region's table. The region's own staff (the default) see its
/// counts in full; `national` or another region's id sees counts of 1-4 as `<5`, and any total
/// that would give one away withheld as `c`.
public struct ViewerOption: ParsableArguments {
    @Option(name: .long, help: "Who is reading: 'national' or a region id (default: the region itself, full detail).")
    public var viewer: String?

    public init() {}

    /// The audience for a table about `region`.
    public func audience(for region: String) -> Audience {
        guard let viewer else { return .region(region) }
        return viewer == "national" ? .national : .region(viewer)
    }
}
