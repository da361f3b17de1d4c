/// A command could not do what was asked; the message says what to change. Thrown by commands
/// and printed once, with exit status 1, by the top-level handler.
public struct CommandError: Error, Sendable, CustomStringConvertible {
    public let message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
