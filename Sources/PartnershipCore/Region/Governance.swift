/// How the partnership is run: its board and the groups that report to it.
public struct Governance: Hashable, Sendable, Codable {
    public let board: GovernanceBody?
    public let subRegionalGroups: [GovernanceBody]
    public let taskGroups: [GovernanceBody]

    public init(board: GovernanceBody? = nil, subRegionalGroups: [GovernanceBody] = [], taskGroups: [GovernanceBody] = []) {
        self.board = board
        self.subRegionalGroups = subRegionalGroups
        self.taskGroups = taskGroups
    }
}

/// A board or group, with what it does, which LAs it covers (if a sub-region) and its source.
public struct GovernanceBody: Hashable, Sendable, Codable {
    public let name: String
    public let description: String?
    public let meets: String?
    public let localAuthorities: [ONSCode]
    public let source: String?
    /// What a person wants to record about it, such as uncertainty ("membership as of 2017; may have changed").
    public let notes: String?

    public init(
        name: String, description: String? = nil, meets: String? = nil, localAuthorities: [ONSCode] = [], source: String? = nil, notes: String? = nil
    ) {
        self.name = name
        self.description = description
        self.meets = meets
        self.localAuthorities = localAuthorities
        self.source = source
        self.notes = notes
    }
}
