import PartnershipCore

/// NTS_01 read once per command: every LA's transfers for a vintage, then each question's LAs
/// picked from them (a comparison asks for thirteen areas' LAs, each a query of its own before).
struct MemoizedNTSReading: NTSReading {
    let base: any NTSReading
    let memo: QueryMemo

    func transfers(in codes: [ONSCode]?, vintage: Int64?) async throws -> [NTSQuery.Transfers] {
        try await memo.value("nts transfers \(vintage.map(String.init) ?? "latest")") {
            RowsByLA(try await base.transfers(in: nil, vintage: vintage), code: \.laCode)
        }.rows(in: codes)
    }

    /// Not memoized: two probes of the index per call cost less than reading every quarter once.
    func latestQuarter(in codes: [ONSCode], onOrBefore day: Day, vintage: Int64?) async throws -> NTSQuery.LatestQuarter {
        try await base.latestQuarter(in: codes, onOrBefore: day, vintage: vintage)
    }
}
