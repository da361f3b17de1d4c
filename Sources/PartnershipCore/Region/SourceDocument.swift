/// A document a region module takes figures from, cited by its `id` wherever a figure is shown.
public struct SourceDocument: Hashable, Sendable, Codable, Identifiable {
    public let id: String
    public let title: String
    /// A file name (e.g. a seed document) or a URL.
    public let reference: String?
    public let asOf: Day?

    public init(id: String, title: String, reference: String? = nil, asOf: Day? = nil) {
        self.id = id
        self.title = title
        self.reference = reference
        self.asOf = asOf
    }
}
