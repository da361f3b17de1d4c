/// A region's switch and settings for one programme.
public struct ProgrammeConfig: Hashable, Sendable, Codable {
    public let enabled: Bool
    public let settings: [String: SourcedSetting]

    public init(enabled: Bool, settings: [String: SourcedSetting] = [:]) {
        self.enabled = enabled
        self.settings = settings
    }
}
