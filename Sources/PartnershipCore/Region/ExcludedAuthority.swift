/// An LA of the module's ONS region that the partnership does not cover, with why: recorded in
/// `region.yaml` under `excluded:` so that leaving it out is a decision, not an omission.
public struct ExcludedAuthority: Sendable, Hashable, Codable {
    public let code: ONSCode
    public let reason: String
    /// The id of an entry under `sources`, where one says so.
    public let source: String?
    /// Line in region.yaml.
    public let line: Int?

    public init(code: ONSCode, reason: String, source: String? = nil, line: Int? = nil) {
        self.code = code
        self.reason = reason
        self.source = source
        self.line = line
    }
}
