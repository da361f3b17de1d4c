/// The nine English regions (ONS E12 codes). Regions without a module are still named so that
/// national totals and shares of the nation can be computed from Home Office tables.
public struct EnglishRegion: Hashable, Sendable, Codable {
    public let code: ONSCode
    public let name: String

    /// ONS RGN18 names and codes (`shared/data/ons-lad18-rgn18-lookup-england.csv`).
    public static let all: [EnglishRegion] = [
        ("E12000001", "North East"), ("E12000002", "North West"), ("E12000003", "Yorkshire and The Humber"),
        ("E12000004", "East Midlands"), ("E12000005", "West Midlands"), ("E12000006", "East of England"),
        ("E12000007", "London"), ("E12000008", "South East"), ("E12000009", "South West"),
    ].map { EnglishRegion(code: ONSCode($0.0)!, name: $0.1) }

    /// Finds a region by name, folding the case and spacing variants Home Office files use
    /// (`East Of England`, `Yorkshire And The Humber`).
    public static func named(_ name: String) -> EnglishRegion? { byKey[NameKey.fold(name)] }

    /// The regions by folded name (the first in `all` for a name two would share), folded once.
    private static let byKey: [String: EnglishRegion] = Dictionary(all.map { (NameKey.fold($0.name), $0) }, uniquingKeysWith: { first, _ in first })
}
