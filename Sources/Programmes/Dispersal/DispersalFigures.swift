import PartnershipCore
import PartnershipStore
import PublishedStatistics

/// The imported Asy_D11 figures the dispersal programme reads, loaded once and summed per LA and
/// quarter end on a count basis. Every LA in the file is kept so shares of the nation are whole.
public struct DispersalFigures: Sendable {
    public let vintage: ImportVintage
    public let snapshots: [Day]
    private let cells: [AsylumSupportQuery.Cell]

    /// Nil when no Asy_D11 vintage has been imported.
    public init?(published: PublishedData, vintage: Int64? = nil) async throws {
        let ledger = try await published.ledger.vintages(dataset: AsylumSupportTable.dataset)
        guard let chosen = vintage.flatMap({ id in ledger.first { $0.id == id } }) ?? ledger.last else { return nil }
        self.vintage = chosen
        let read = try await published.memo.value("asylum-support cells, vintage \(chosen.id)") {
            let cells = try await published.asylumSupport.cells(in: nil, on: nil, vintage: chosen.id)
            return (cells: cells, snapshots: Set(cells.map(\.snapshot)).sorted())
        }
        cells = read.cells
        snapshots = read.snapshots
    }

    /// The latest quarter end on or before `day` (the latest of all when nil).
    public func snapshot(asOf day: Day?) -> Day? {
        guard let day else { return snapshots.last }
        return snapshots.last { $0 <= day }
    }

    /// People per LA (today's codes) on the basis, for each quarter end.
    public func counts(on basis: CountBasis) -> [Day: [ONSCode: Int]] {
        var result: [Day: [ONSCode: Int]] = [:]
        for cell in cells where basis.counts(supportType: cell.supportType.rawValue, accommodationType: cell.accommodationType) {
            result[cell.snapshot, default: [:]][cell.laCode, default: 0] += cell.people
        }
        return result
    }

    /// People on the basis across every LA in the file at a quarter end (the UK, rows with an LA).
    public func nationalCount(_ counts: [ONSCode: Int]) -> Int { counts.values.reduce(0, +) }

    /// Where the figures come from, for every output.
    public var source: String {
        "Home Office Asy_D11 (\(vintage.release); \(vintage.sourceFile), vintage \(vintage.id))"
    }
}
