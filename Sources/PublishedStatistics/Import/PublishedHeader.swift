import Foundation
import PartnershipCore

/// The header row of a CSV file, to tell which published table a file is.
public enum PublishedHeader {
    public static func read(_ url: URL) -> [String] {
        var problems: [Diagnostic] = []
        return CheckedCSV(.file(url), file: url.lastPathComponent, required: [], problems: &problems)?.header ?? []
    }
}
