/// A year's business plan: objectives, their outcomes, and the actions that deliver them.
public struct BusinessPlan: Hashable, Sendable, Codable {
    public let year: FinancialYear
    public let source: String
    public let objectives: [Objective]

    public init(year: FinancialYear, source: String, objectives: [Objective]) {
        self.year = year
        self.source = source
        self.objectives = objectives
    }

    public struct Objective: Hashable, Sendable, Codable {
        public let title: String
        public let outcomes: [Outcome]
        public init(title: String, outcomes: [Outcome]) {
            self.title = title
            self.outcomes = outcomes
        }
    }

    public struct Outcome: Hashable, Sendable, Codable {
        public let title: String
        public let actions: [Action]
        public init(title: String, actions: [Action]) {
            self.title = title
            self.actions = actions
        }
    }

    public struct Action: Hashable, Sendable, Codable {
        public let action: String
        public let kpi: String?
        public let lead: String?
        public let timescale: String?
        /// As the source records it (e.g. "Completed", "Ongoing"); nil where the plan leaves it blank.
        public let status: String?
        public init(action: String, kpi: String? = nil, lead: String? = nil, timescale: String? = nil, status: String? = nil) {
            self.action = action
            self.kpi = kpi
            self.lead = lead
            self.timescale = timescale
            self.status = status
        }
    }
}
