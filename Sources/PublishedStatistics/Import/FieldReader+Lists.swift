import Foundation

extension FieldReader {
    /// A `;`-separated list of known values (`family;large-family`), or `fallback` when the
    /// column is absent or empty.
    public mutating func set<T: CaseIterable & RawRepresentable & Hashable>(
        _ csv: inout CheckedCSV, _ column: String, default fallback: Set<T>
    ) -> Set<T>
    where T.RawValue == String {
        guard let value = optional(csv, column) else { return fallback }
        var result = Set<T>()
        for item in value.split(whereSeparator: { $0 == ";" || $0 == "|" }).map({ $0.trimmingCharacters(in: .whitespaces).lowercased() })
        where !item.isEmpty {
            guard let parsed = T(rawValue: item) else {
                fail(&csv, column, "'\(item)' is not one of \(T.allCases.map(\.rawValue).joined(separator: ", ")) (separate several with ;)")
                continue
            }
            result.insert(parsed)
        }
        return result
    }

    /// One of an enumeration's values, case folded.
    public mutating func value<T: CaseIterable & RawRepresentable>(_ csv: inout CheckedCSV, _ column: String) -> T? where T.RawValue == String {
        let names = T.allCases.map(\.rawValue)
        let value = text(csv, column)
        guard let match = KnownValues(names).match(value) else {
            fail(&csv, column, "'\(value)' is not one of \(names.joined(separator: ", "))")
            return nil
        }
        return T(rawValue: match)
    }
}
