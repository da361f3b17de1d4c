import Foundation
import HTTPTypes
import Hummingbird
import PartnershipCore
import PartnershipStore
import ProgrammeKit
import Reporting

/// What a handler is given once the route's permission has passed: the request, the signed-in
/// session (if any), the region and programme the path names (checked to exist), and the
/// audience its figures are suppressed for.
public struct RouteRequest: Sendable {
    public let request: Request
    public let context: ServerContext
    public let environment: ServerEnvironment
    public let session: AppSession?
    /// The session's token, for sign-out.
    public let token: String?
    public let region: Region?
    public let programme: (any ProgrammePlugin)?

    /// Whose small counts this request may see: the session's own region, else none.
    public var audience: Audience { session?.user.role.region.map(Audience.region) ?? .national }

    public var role: Role? { session?.user.role }

    /// The body, up to `limit` bytes (a larger one is refused with 413).
    public func body(limit: Int = ServerLimits.form) async throws -> ByteBuffer {
        do { return try await request.body.collect(upTo: limit) } catch {
            throw ServerError(.contentTooLarge, "the request body is over the \(limit / 1024) KB limit for this route")
        }
    }

    /// A form or JSON body decoded as `T`, by its content type.
    public func decode<T: Decodable>(_ type: T.Type) async throws -> T {
        let buffer = try await body()
        let text = String(buffer: buffer)
        do {
            if request.headers[.contentType]?.hasPrefix("application/json") == true {
                return try JSONDecoder().decode(T.self, from: Data(text.utf8))
            }
            return try URLEncodedFormDecoder().decode(T.self, from: text)
        } catch {
            throw ServerError.badRequest("the request body is not a valid form or JSON object for this route (\(Self.describe(error)))")
        }
    }

    static func describe(_ error: any Error) -> String {
        if case DecodingError.keyNotFound(let key, _) = error { return "'\(key.stringValue)' is missing" }
        if case DecodingError.typeMismatch(_, let context) = error {
            return "\(context.codingPath.map(\.stringValue).joined(separator: ".")) has the wrong type"
        }
        if case DecodingError.valueNotFound(_, let context) = error {
            return "\(context.codingPath.map(\.stringValue).joined(separator: ".")) is missing"
        }
        return "unreadable body"
    }

    public func query(_ name: String) -> String? { request.uri.queryParameters[Substring(name)].map(String.init) }

    /// A day given in `field` (`YYYY-MM-DD`, within the plausible range), or today when empty.
    public func day(_ text: String?, field: String) throws -> Day {
        guard let text, !text.isEmpty else { return environment.today() }
        let range = Day.plausibleRange()
        guard let day = Day(iso: text), range.contains(day) else {
            throw ServerError.badRequest("\(field) must be a date YYYY-MM-DD between \(range.lowerBound) and \(range.upperBound) (got '\(text)')")
        }
        return day
    }
}
