/// One imported release of a published table: what file, which bytes, from whom, how many rows.
/// Vintages are never overwritten: a newer release is a new vintage beside the old.
public struct ImportVintage: Sendable, Hashable, Codable {
    public let id: Int64
    public let dataset: String
    public let sourceFile: String
    public let sha256: String
    public let publisher: String
    public let release: String
    public let rowCount: Int
    public let importedAt: String

    public init(id: Int64, dataset: String, sourceFile: String, sha256: String, publisher: String, release: String, rowCount: Int, importedAt: String)
    {
        self.id = id
        self.dataset = dataset
        self.sourceFile = sourceFile
        self.sha256 = sha256
        self.publisher = publisher
        self.release = release
        self.rowCount = rowCount
        self.importedAt = importedAt
    }
}

extension ImportVintage {
    init(row: SQLRow) throws {
        self.init(
            id: try row.int64("id"), dataset: try row.string("dataset"), sourceFile: try row.string("source_file"), sha256: try row.string("sha256"),
            publisher: try row.string("publisher"), release: try row.string("release"), rowCount: try row.int("row_count"),
            importedAt: try row.string("imported_at"))
    }
}
