import CSV
import Foundation
import PartnershipCore

/// Reads an Asy_D11 CSV, checking every row and collecting every problem (file, line, column,
/// value, what is wrong) before anything is written.
public struct AsylumSupportParser: Sendable {
    public static let columns = ["Date", "Year", "Quarter", "Support Type", "UK Region", "Local Authority", "LAD Code", "Accommodation Type", "People"]
    public let boundaries: BoundaryChanges

    public init(boundaries: BoundaryChanges = .england) { self.boundaries = boundaries }

    public struct Parsed: Sendable {
        public let records: [AsylumSupportRecord]
        public let diagnostics: [Diagnostic]
        /// Rows whose old LA code was moved to a successor.
        public let remappedRows: Int
    }

    public func parse(_ text: String, file: String) -> Parsed {
        var diagnostics: [Diagnostic] = []
        func bad(_ line: Int, _ row: Int?, _ column: String?, _ message: String) {
            diagnostics.append(Diagnostic(.error, file: file, line: line, row: row, field: column, message: message))
        }
        guard let reader = try? CSVReader(string: text, hasHeaderRow: true), let header = reader.headerRow else {
            return Parsed(records: [], diagnostics: [Diagnostic(.error, file: file, line: 1, message: "not a CSV file with a header row")], remappedRows: 0)
        }
        let missing = Self.columns.filter { !header.contains($0) }
        if !missing.isEmpty {
            bad(1, nil, missing.joined(separator: ", "), "required column(s) missing; expected \(Self.columns.joined(separator: ", "))")
            return Parsed(records: [], diagnostics: diagnostics, remappedRows: 0)
        }
        let index = Dictionary(uniqueKeysWithValues: header.enumerated().map { ($1, $0) })
        let accommodation = Dictionary(AsylumSupportRecord.accommodationTypes.map { ($0.lowercased(), $0) }, uniquingKeysWith: { a, _ in a })
        var records: [AsylumSupportRecord] = []
        records.reserveCapacity(32_000)
        var remapped = 0
        var rowNumber = 0
        while let fields = reader.next() {
            rowNumber += 1
            let line = rowNumber + 1
            guard fields.count == header.count else {
                bad(line, rowNumber, nil, "has \(fields.count) fields, the header has \(header.count)")
                continue
            }
            func value(_ column: String) -> String { fields[index[column]!] }
            var ok = true
            let dateText = value("Date")
            let day = Day(iso: dateText)
            if day == nil { bad(line, rowNumber, "Date", "'\(dateText)' is not a date YYYY-MM-DD"); ok = false }
            else if let day, Quarter(containing: day).endDay != day { bad(line, rowNumber, "Date", "'\(dateText)' is not a quarter end"); ok = false }
            let supportText = value("Support Type")
            let support = AsylumSupportRecord.SupportType.allCases.first { $0.rawValue.lowercased() == supportText.lowercased() }
            if support == nil { bad(line, rowNumber, "Support Type", "'\(supportText)' is not Section 95, Section 4 or Section 98"); ok = false }
            let accommodationText = value("Accommodation Type")
            let accommodationType = accommodation[accommodationText.lowercased()]
            if accommodationType == nil { bad(line, rowNumber, "Accommodation Type", "'\(accommodationText)' is not a known accommodation type"); ok = false }
            let peopleText = value("People")
            let people = Int(peopleText)
            if people == nil || people! < 0 { bad(line, rowNumber, "People", "'\(peopleText)' is not a whole number of people (0 or more)"); ok = false }
            let codeText = value("LAD Code")
            var code: ONSCode?
            if !codeText.hasPrefix("N/A") {
                code = ONSCode(codeText)
                if code == nil { bad(line, rowNumber, "LAD Code", "'\(codeText)' is not an ONS code or N/A"); ok = false }
            }
            guard ok, let day, let support, let accommodationType, let people else { continue }
            let current = code.map(boundaries.current)
            if current != code { remapped += 1 }
            let regionText = value("UK Region")
            records.append(AsylumSupportRecord(
                snapshot: day, laCode: current, laName: value("Local Authority"),
                region: EnglishRegion.named(regionText)?.name ?? regionText, supportType: support,
                accommodationType: accommodationType, people: people))
        }
        return Parsed(records: records, diagnostics: diagnostics, remappedRows: remapped)
    }
}
