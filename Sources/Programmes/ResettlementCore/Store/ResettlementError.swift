/// A change to the records that cannot be made, with what to do instead.
public struct ResettlementError: Error, Sendable, CustomStringConvertible {
    public let problems: [String]
    public init(_ problems: [String]) { self.problems = problems }
    public init(_ problem: String) { problems = [problem] }
    public var description: String { problems.joined(separator: "\n") }
}
