import PartnershipCore
import PartnershipStore

/// NTS_01 read once per command: every LA's transfers for a vintage, then each question's LAs
/// picked from them (a comparison asks for thirteen areas' LAs, each a query of its own before).
/// The latest vintage is looked up once too.
struct MemoizedNTSReading: NTSReading {
    let base: any NTSReading
    let ledger: ImportLedger
    let memo: QueryMemo

    func transfers(in codes: [ONSCode]?, vintage: Int64?) async throws -> [NTSQuery.Transfers] {
        guard let vintage = try await chosen(vintage) else { return [] }
        return try await memo.value("nts transfers \(vintage)") {
            RowsByLA(try await base.transfers(in: nil, vintage: vintage), code: \.laCode)
        }.rows(in: codes)
    }

    /// Not memoized: two probes of the index per call cost less than reading every quarter once.
    func latestQuarter(in codes: [ONSCode], onOrBefore day: Day, vintage: Int64?) async throws -> NTSQuery.LatestQuarter {
        guard let vintage = try await chosen(vintage) else { return NTSQuery.LatestQuarter(first: nil, last: nil, quarter: nil, rows: []) }
        return try await base.latestQuarter(in: codes, onOrBefore: day, vintage: vintage)
    }

    /// The vintage asked for, or the latest imported (nil when none is).
    private func chosen(_ vintage: Int64?) async throws -> Int64? {
        if let vintage { return vintage }
        return try await memo.value("ledger latest \(NTSTable.dataset)") { try await ledger.latestID(dataset: NTSTable.dataset) }
    }
}
