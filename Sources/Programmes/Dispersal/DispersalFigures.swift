import PartnershipCore
import PartnershipStore
import PublishedStatistics

/// The imported Asy_D11 figures the dispersal programme reads: one vintage, asked for the quarter
/// ends a question needs (one, a recent window, or all of them for a series) and summed per LA and
/// quarter end on a count basis. Every LA in a quarter is read so shares of the nation are whole.
public struct DispersalFigures: Sendable {
    public let vintage: ImportVintage
    private let published: PublishedData

    /// Nil when no Asy_D11 vintage has been imported.
    public init?(published: PublishedData, vintage: Int64? = nil) async throws {
        let ledger = try await published.ledger.vintages(dataset: AsylumSupportTable.dataset)
        guard let chosen = vintage.flatMap({ id in ledger.first { $0.id == id } }) ?? ledger.last else { return nil }
        self.vintage = chosen
        self.published = published
    }

    /// The latest quarter end on or before `day` (the latest of all when nil).
    public func snapshot(asOf day: Day?) async throws -> Day? {
        try await published.asylumSupport.lastSnapshot(onOrBefore: day, vintage: vintage.id)
    }

    /// The quarter ends from `from` through `through` (all when both are nil), oldest first.
    public func snapshots(from: Day? = nil, through: Day? = nil) async throws -> [Day] {
        try await published.memo.value("asylum-support quarters \(vintage.id) \(from?.description ?? "-") \(through?.description ?? "-")") {
            try await published.asylumSupport.snapshots(from: from, through: through, vintage: vintage.id)
        }
    }

    /// The figures of the quarter ends from `from` through `through` (either open), for the LAs
    /// given (every LA when nil), read once per command.
    public func cells(from: Day? = nil, through: Day? = nil, in codes: [ONSCode]? = nil) async throws -> [AsylumSupportQuery.Cell] {
        let key = codes.map { $0.map(\.rawValue).joined(separator: ",") } ?? "all"
        return try await published.memo.value(
            "asylum-support cells \(vintage.id) \(from?.description ?? "-") \(through?.description ?? "-") \(key)"
        ) {
            try await published.asylumSupport.cells(in: codes, from: from, through: through, vintage: vintage.id)
        }
    }

    /// People per LA on the basis for the quarter ends from `from` through `through`, for the LAs
    /// given (every LA when nil), summed once per command: a comparison's thirteen areas share them.
    public func counts(on basis: CountBasis, from: Day?, through: Day?, in codes: [ONSCode]? = nil) async throws -> [Day: [ONSCode: Int]] {
        let key = codes.map { $0.map(\.rawValue).joined(separator: ",") } ?? "all"
        return try await published.memo.value(
            "asylum-support counts \(basis.rawValue) \(vintage.id) \(from?.description ?? "-") \(through?.description ?? "-") \(key)"
        ) {
            Self.counts(try await cells(from: from, through: through, in: codes), on: basis)
        }
    }

    /// People per LA (today's codes) on the basis, for each quarter end of `cells`.
    public static func counts(_ cells: [AsylumSupportQuery.Cell], on basis: CountBasis) -> [Day: [ONSCode: Int]] {
        var result: [Day: [ONSCode: Int]] = [:]
        for cell in cells where basis.counts(supportType: cell.supportType.rawValue, accommodationType: cell.accommodationType) {
            result[cell.snapshot, default: [:]][cell.laCode, default: 0] += cell.people
        }
        return result
    }

    /// People per LA on the basis for every quarter end of the vintage (a series: trend, hotels, backtest).
    public func counts(on basis: CountBasis) async throws -> [Day: [ONSCode: Int]] {
        Self.counts(try await cells(), on: basis)
    }

    /// People on the basis across every LA in the file at a quarter end (the UK, rows with an LA).
    public func nationalCount(_ counts: [ONSCode: Int]) -> Int { counts.values.reduce(0, +) }

    /// Where the figures come from, for every output.
    public var source: String {
        "Home Office Asy_D11 (\(vintage.release); \(vintage.sourceFile), vintage \(vintage.id))"
    }
}
