import PartnershipCore

/// The ONS mid-2019 population estimates shipped with the project (MYE2 persons, April 2019 codes),
/// lower and upper tier: residents and children (0-17) per LA, with the name ONS gives it.
public struct ONSMidYear2019: Sendable {
    /// The day the estimates refer to (mid-year: 30 June 2019).
    public static let referenceDay = Day(year: 2019, month: 6, day: 30)!
    public static let lowerTierFile = "ons-mye2019-persons-single-year-of-age-ltla19.csv"
    public static let upperTierFile = "ons-mye2019-persons-single-year-of-age-utla19.csv"

    public struct Estimate: Sendable, Hashable {
        public let name: String
        public let total: Int
        public let children: Int
        /// The bundled file it comes from.
        public let file: String
    }

    /// By April 2019 code; a code in both files (a unitary) keeps the lower-tier row.
    public let estimates: [ONSCode: Estimate]

    public init(estimates: [ONSCode: Estimate]) { self.estimates = estimates }

    public subscript(code: ONSCode) -> Estimate? { estimates[code] }

    public static let bundled: ONSMidYear2019 = {
        var result: [ONSCode: Estimate] = [:]
        for file in [upperTierFile, lowerTierFile] {
            var problems: [Diagnostic] = []
            guard var csv = CheckedCSV(text: BundledData.text(file), file: file, required: ["total_population"], problems: &problems) else {
                continue
            }
            while let row = csv.next() {
                guard let code = ONSCode(row.fields[0]), let total = Int(row.fields[2]), row.fields.count > 20 else { continue }
                let children = (3..<21).reduce(0) { $0 + (Int(row.fields[$1]) ?? 0) }
                result[code] = Estimate(name: row.fields[1], total: total, children: children, file: file)
            }
        }
        return ONSMidYear2019(estimates: result)
    }()
}
