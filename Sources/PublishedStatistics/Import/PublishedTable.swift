import PartnershipStore

/// One kind of published table (Asy_D11, Res_D01, NTS_01, NRM, ONS MYE): how it is recognised,
/// checked and stored. The importer does the rest (ledger, transaction, no-op re-import).
public protocol PublishedTable: Sendable {
    /// Ledger name, e.g. `asylum-support`.
    var dataset: String { get }
    var publisher: String { get }
    /// The store table the rows go into (a `vintage_id` column comes first).
    var table: String { get }
    var columns: [String] { get }
    /// The columns a file of this table has, for the message when a file or sheet lacks them.
    var expectedColumns: [String] { get }
    /// True when a file with this header is this table (for `smp import nrm FILE...`).
    func recognises(header: [String]) -> Bool
    /// Checks every row of `input`, handing each checked row to `rows` (which stops taking them
    /// at the first error); the result has the problems, or the count and the release's facts.
    func parse(_ input: CSVInput, file: String, rows: RowSink) -> ParsedTable
}

extension PublishedTable {
    /// Parses text in memory, keeping the rows (bundled tables, tests).
    public func parse(_ text: String, file: String) -> (parsed: ParsedTable, rows: [[SQLValue]]) {
        let sink = RowSink()
        let parsed = parse(.text(text), file: file, rows: sink)
        return (parsed, sink.kept)
    }
}
