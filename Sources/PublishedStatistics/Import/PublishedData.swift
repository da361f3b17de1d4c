import PartnershipCore
import PartnershipStore

/// The read-only questions programmes may ask of imported Home Office and ONS tables, each
/// behind a typed protocol so a programme never reaches for a concrete store type (and a test can
/// answer with its own figures).
public struct PublishedData: Sendable {
    public let ledger: ImportLedger
    public let asylumSupport: any AsylumSupportReading
    public let resettlement: any ResettlementArrivalsReading
    public let nts: any NTSReading
    public let nrm: any NRMReading
    public let population: any PopulationReading
    /// Releases already read in this command (see `QueryMemo`).
    public let memo: QueryMemo

    /// The questions answered from the store's tables; what several areas or quarters ask alike
    /// (a release's rows, its latest quarter) is read once for as long as this value lives.
    public init(store: any SQLStore) {
        let memo = QueryMemo()
        self.memo = memo
        ledger = ImportLedger(store: store)
        asylumSupport = AsylumSupportQuery(store: store)
        resettlement = MemoizedResettlementReading(base: ResettlementQuery(store: store), memo: memo)
        nts = MemoizedNTSReading(base: NTSQuery(store: store), ledger: ledger, memo: memo)
        nrm = MemoizedNRMReading(base: NRMQuery(store: store), memo: memo)
        population = PopulationQuery(store: store)
    }
}

/// Asy_D11 figures: people on asylum support by LA, quarter end, support and accommodation type.
public protocol AsylumSupportReading: Sendable {
    func latestVintage() async throws -> ImportVintage?
    func cells(in codes: [ONSCode]?, on snapshots: [Day]?, vintage: Int64?) async throws -> [AsylumSupportQuery.Cell]
    func snapshots(vintage: Int64?) async throws -> [Day]
    func snapshots(from: Day?, through: Day?, vintage: Int64) async throws -> [Day]
    func lastSnapshot(onOrBefore day: Day?, vintage: Int64) async throws -> Day?
    func counts(
        on selections: [AsylumSupportSelection], in codes: [ONSCode]?, from: Day?, through: Day?, vintage: Int64
    ) async throws -> [[Day:
        [ONSCode: Int]]]
}

/// Res_D01 arrivals by LA, scheme and quarter.
public protocol ResettlementArrivalsReading: Sendable {
    func latestVintage() async throws -> ImportVintage?
    func arrivals(scheme: String, in codes: [ONSCode]?, vintage: Int64?) async throws -> [ResettlementQuery.Arrivals]
    func lastQuarter(onOrBefore day: Day, vintage: Int64) async throws -> Day?
}

/// NTS_01 transfers by LA and quarter.
public protocol NTSReading: Sendable {
    func transfers(in codes: [ONSCode]?, vintage: Int64?) async throws -> [NTSQuery.Transfers]
    /// The LAs' rows at the latest quarter end on or before `day` that any of them has: what a
    /// position on a day needs, read without the rest of the table.
    func latestQuarter(in codes: [ONSCode], onOrBefore day: Day, vintage: Int64?) async throws -> NTSQuery.LatestQuarter
}

/// NRM referrals and decisions (UK level).
public protocol NRMReading: Sendable {
    func referrals(year: Int, quarter: Int?, ageGroup: String?) async throws -> Int?
    func decisions(stage: NRMDecisionsTable.Stage, year: Int, outcome: String?) async throws -> Int?
    func referralCells() async throws -> [NRMQuery.ReferralCell]?
    func decisionCells(stage: NRMDecisionsTable.Stage) async throws -> [NRMQuery.DecisionCell]?
    func firstResponderCells() async throws -> [NRMQuery.FirstResponderCell]?
}

/// ONS mid-year population estimates.
public protocol PopulationReading: Sendable {
    func population(of codes: [ONSCode], year: Int, tier: PopulationTable.Tier, ages: ClosedRange<Int>) async throws -> [ONSCode: Int]
}

extension AsylumSupportQuery: AsylumSupportReading {}
extension ResettlementQuery: ResettlementArrivalsReading {}
extension NTSQuery: NTSReading {}
extension NRMQuery: NRMReading {}
extension PopulationQuery: PopulationReading {}
