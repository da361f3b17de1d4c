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
        let ledger = try await published.memo.value("ledger \(AsylumSupportTable.dataset)") {
            try await published.ledger.vintages(dataset: AsylumSupportTable.dataset)
        }
        guard let chosen = vintage.flatMap({ id in ledger.first { $0.id == id } }) ?? ledger.last else { return nil }
        self.vintage = chosen
        self.published = published
    }

    /// The latest quarter end on or before `day` (the latest of all when nil).
    public func snapshot(asOf day: Day?) async throws -> Day? {
        try await published.memo.value("asylum-support last quarter \(vintage.id) \(day?.description ?? "-")") {
            try await published.asylumSupport.lastSnapshot(onOrBefore: day, vintage: vintage.id)
        }
    }

    /// The quarter ends from `from` through `through` (all when both are nil), oldest first.
    public func snapshots(from: Day? = nil, through: Day? = nil) async throws -> [Day] {
        try await published.memo.value("asylum-support quarters \(vintage.id) \(from?.description ?? "-") \(through?.description ?? "-")") {
            try await published.asylumSupport.snapshots(from: from, through: through, vintage: vintage.id)
        }
    }

    /// People per LA on each basis for the quarter ends from `from` through `through` (either
    /// open), for the LAs given (every LA when nil): summed by the store in one query, once per
    /// command, so a comparison's thirteen areas share one read.
    public func counts(on bases: [CountBasis], from: Day?, through: Day?, in codes: [ONSCode]? = nil) async throws -> [[Day: [ONSCode: Int]]] {
        let key = codes.map { $0.map(\.rawValue).joined(separator: ",") } ?? "all"
        let names = bases.map(\.rawValue).joined(separator: " | ")
        return try await published.memo.value(
            "asylum-support counts \(names) \(vintage.id) \(from?.description ?? "-") \(through?.description ?? "-") \(key)"
        ) {
            try await published.asylumSupport.counts(on: bases.map(\.selection), in: codes, from: from, through: through, vintage: vintage.id)
        }
    }

    /// People per LA on the basis for the quarter ends from `from` through `through`, for the LAs given.
    public func counts(on basis: CountBasis, from: Day?, through: Day?, in codes: [ONSCode]? = nil) async throws -> [Day: [ONSCode: Int]] {
        try await counts(on: [basis], from: from, through: through, in: codes)[0]
    }

    /// People per LA on the basis for every quarter end of the vintage (a series: trend, hotels, backtest).
    public func counts(on basis: CountBasis) async throws -> [Day: [ONSCode: Int]] {
        try await counts(on: basis, from: nil, through: nil)
    }

    /// People on the basis across every LA in the file at a quarter end (the UK, rows with an LA).
    public func nationalCount(_ counts: [ONSCode: Int]) -> Int { counts.values.reduce(0, +) }

    /// Where the figures come from, for every output.
    public var source: String {
        "Home Office Asy_D11 (\(vintage.release); \(vintage.sourceFile), vintage \(vintage.id))"
    }
}
