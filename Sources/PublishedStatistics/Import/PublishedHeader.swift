import CSV
import Foundation

/// The header row of a CSV file, to tell which published table a file is.
public enum PublishedHeader {
    public static func read(_ url: URL) -> [String] {
        guard let stream = InputStream(url: url), let reader = try? CSVReader(stream: stream, hasHeaderRow: true) else { return [] }
        return (reader.headerRow ?? []).map { $0.trimmingCharacters(in: .whitespaces) }
    }
}
