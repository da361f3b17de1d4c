/// The NRM tables' cells read once per command (a comparison evaluates thirteen areas on the
/// same UK-level figures); single figures go to the store as asked.
struct MemoizedNRMReading: NRMReading {
    let base: any NRMReading
    let memo: QueryMemo

    func referrals(year: Int, quarter: Int?, ageGroup: String?) async throws -> Int? {
        try await base.referrals(year: year, quarter: quarter, ageGroup: ageGroup)
    }

    func decisions(stage: NRMDecisionsTable.Stage, year: Int, outcome: String?) async throws -> Int? {
        try await base.decisions(stage: stage, year: year, outcome: outcome)
    }

    func referralCells() async throws -> [NRMQuery.ReferralCell]? {
        try await memo.value("nrm referral cells") { try await base.referralCells() }
    }

    func decisionCells(stage: NRMDecisionsTable.Stage) async throws -> [NRMQuery.DecisionCell]? {
        try await memo.value("nrm decision cells \(stage)") { try await base.decisionCells(stage: stage) }
    }

    func firstResponderCells() async throws -> [NRMQuery.FirstResponderCell]? {
        try await memo.value("nrm first responder cells") { try await base.firstResponderCells() }
    }
}
