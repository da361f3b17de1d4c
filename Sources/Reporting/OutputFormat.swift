/// How a listing is written: a terminal table, Markdown, CSV or JSON.
public enum OutputFormat: String, Sendable, CaseIterable {
    case table, markdown, csv, json
}
