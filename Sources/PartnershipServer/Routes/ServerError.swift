import HTTPTypes

/// A refusal a route answers with: the status and a message a person can act on. API routes
/// send it as JSON, pages as a page with the message.
public struct ServerError: Error, Sendable {
    public let status: HTTPResponse.Status
    public let message: String

    public init(_ status: HTTPResponse.Status, _ message: String) {
        self.status = status
        self.message = message
    }

    static func notFound(_ what: String) -> ServerError { ServerError(.notFound, what) }
    static func badRequest(_ message: String) -> ServerError { ServerError(.badRequest, message) }
}
