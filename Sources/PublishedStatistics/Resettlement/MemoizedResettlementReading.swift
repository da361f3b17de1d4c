import PartnershipCore
import PartnershipStore

/// Res_D01 read once per command and scheme: every LA's arrivals, then each question's LAs picked
/// from them, so thirteen areas (or a region's eight quarters) read the table once.
struct MemoizedResettlementReading: ResettlementArrivalsReading {
    let base: any ResettlementArrivalsReading
    let memo: QueryMemo

    func latestVintage() async throws -> ImportVintage? {
        try await memo.value("resettlement latest vintage") { try await base.latestVintage() }
    }

    func arrivals(scheme: String, in codes: [ONSCode]?, vintage: Int64?) async throws -> [ResettlementQuery.Arrivals] {
        try await memo.value("resettlement arrivals \(scheme) \(vintage.map(String.init) ?? "latest")") {
            RowsByLA(try await base.arrivals(scheme: scheme, in: nil, vintage: vintage), code: \.laCode)
        }.rows(in: codes)
    }

    func lastQuarter(onOrBefore day: Day, vintage: Int64) async throws -> Day? {
        try await memo.value("resettlement last quarter \(day) \(vintage)") { try await base.lastQuarter(onOrBefore: day, vintage: vintage) }
    }
}
