import PartnershipCore

/// ONS's April 2019 district-to-county lookup for England's two-tier areas: which county (E10)
/// each district (E07) belongs to. Metropolitan and London groupings in the file are not counties
/// with their own council, so they are left out.
public struct CountyLookup: Sendable {
    public static let file = "ons-lad19-cty19-lookup-england.csv"

    /// County code per April 2019 district code.
    public let countyOf: [ONSCode: ONSCode]
    /// County names by code, as ONS spells them.
    public let countyNames: [ONSCode: String]

    public init(countyOf: [ONSCode: ONSCode], countyNames: [ONSCode: String]) {
        self.countyOf = countyOf
        self.countyNames = countyNames
    }

    /// The April 2019 districts of a county, in code order.
    public func districts(of county: ONSCode) -> [ONSCode] {
        countyOf.filter { $0.value == county }.map(\.key).sorted { $0.rawValue < $1.rawValue }
    }

    /// Read from the copy shipped with the project.
    public static let bundled: CountyLookup = {
        var problems: [Diagnostic] = []
        var countyOf: [ONSCode: ONSCode] = [:], names: [ONSCode: String] = [:]
        guard var csv = CheckedCSV(text: BundledData.text(file), file: file, required: ["LAD19CD", "CTY19CD", "CTY19NM"], problems: &problems)
        else { return CountyLookup(countyOf: [:], countyNames: [:]) }
        while let row = csv.next() {
            guard let district = ONSCode(row.fields[1]), let county = ONSCode(row.fields[3]), county.entity == "E10" else { continue }
            countyOf[district] = county
            names[county] = row.fields[4]
        }
        return CountyLookup(countyOf: countyOf, countyNames: names)
    }()
}
