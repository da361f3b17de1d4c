import Foundation
import PartnershipCore
import PublishedStatistics

/// The national funding tariffs shared by the resettlement schemes (VPRS and VCRS fall under one
/// "UK resettlement programmes" funding instruction), as dated, sourced settings read from
/// `Resources/national-tariffs.csv`: a later funding instruction is a new row there, not code.
public enum ResettlementTariffs {
    /// Setting keys, in tariff-year order.
    public static let yearKeys = ["tariff-year-1", "tariff-year-2", "tariff-year-3", "tariff-year-4", "tariff-year-5"]
    public static let education5to18 = "education-5-18"
    public static let education3to4 = "education-3-4"
    static let titles = Dictionary(
        uniqueKeysWithValues: yearKeys.enumerated().map { ($1, "LA tariff, year \($0 + 1) after arrival, per person") } + [
            (education5to18, "Year-1 education tariff per child aged 5-18"), (education3to4, "Year-1 education tariff per child aged 3-4"),
        ])

    /// The bundled file of national tariffs (nil only if the package was built without it).
    public static var file: URL? { Bundle.module.url(forResource: "national-tariffs", withExtension: "csv") }

    /// The bundled file read once: its rows, or every problem in it. The file ships with the code
    /// and a test checks it; should it ever be broken, funding says so instead of computing from nothing.
    public static let bundled: ParsedRecords<(key: String, value: DatedValue<SettingValue>)> = {
        guard let file, let text = try? String(contentsOf: file, encoding: .utf8) else {
            var missing = ParsedRecords<(key: String, value: DatedValue<SettingValue>)>()
            missing.diagnostics.append(Diagnostic(.error, file: "national-tariffs.csv", message: "the bundled tariff file is missing from the build"))
            return missing
        }
        return parse(text, file: "national-tariffs.csv")
    }()

    /// The settings built from the bundled file (no dated values when the file is broken; see `problems`).
    public static let settings: [SettingDefinition] = definitions(bundled.accepted ?? [])

    /// What is wrong with the bundled file, empty when it is sound.
    public static var problems: [Diagnostic] { bundled.accepted == nil ? bundled.diagnostics.errors : [] }

    /// One setting per tariff, each with every dated value the file gives it.
    public static func definitions(_ rows: [(key: String, value: DatedValue<SettingValue>)]) -> [SettingDefinition] {
        (yearKeys + [education5to18, education3to4]).map { key in
            SettingDefinition(
                key: key, title: titles[key]!, kind: .integer(0...100_000), unit: "£",
                national: rows.filter { $0.key == key }.map(\.value), regionMayOverride: false)
        }
    }

    /// Rows `setting,from,pounds,source`; every problem reported with its line.
    public static func parse(_ text: String, file: String) -> ParsedRecords<(key: String, value: DatedValue<SettingValue>)> {
        var result = ParsedRecords<(key: String, value: DatedValue<SettingValue>)>()
        guard var csv = CheckedCSV(text: text, file: file, required: ["setting", "from", "pounds", "source"], problems: &result.diagnostics) else {
            return result
        }
        let known = KnownValues(yearKeys + [education5to18, education3to4])
        while let row = csv.next() {
            var fields = FieldReader(row)
            let key = fields.oneOf(&csv, "setting", known)
            let from = fields.day(&csv, "from")
            let pounds = fields.count(&csv, "pounds")
            let source = fields.text(csv, "source")
            if source.isEmpty { fields.fail(&csv, "source", "every tariff needs its source") }
            guard fields.ok, let key, let from, let pounds else { continue }
            result.records.append((key, DatedValue(.integer(pounds), from: from, source: source)))
        }
        result.diagnostics += csv.diagnostics
        for key in yearKeys + [education5to18, education3to4] where !result.records.contains(where: { $0.key == key }) && result.diagnostics.isEmpty {
            result.diagnostics.append(Diagnostic(.error, file: file, field: "setting", message: "no row for \(key)"))
        }
        return result
    }
}
