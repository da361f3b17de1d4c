/// How a listing is written: a terminal table, Markdown, CSV, JSON, or a self-contained HTML page.
public enum OutputFormat: String, Sendable, CaseIterable {
    case table, markdown, csv, json, html
}
