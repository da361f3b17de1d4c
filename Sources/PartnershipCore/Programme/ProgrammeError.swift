/// A programme could not work with a region's settings or data; the message says what to fix.
public struct ProgrammeError: Error, Sendable, CustomStringConvertible {
    public let programme: ProgrammeID
    public let message: String

    public init(_ programme: ProgrammeID, _ message: String) {
        self.programme = programme
        self.message = message
    }

    public var description: String { "\(programme): \(message)" }
}
