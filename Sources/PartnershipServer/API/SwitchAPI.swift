import Foundation
import Hummingbird
import Logging
import PartnershipCore
import PartnershipStore
import ProgrammeKit

/// Switching a programme on or off for a region: the same switchboard and audit entry as
/// `smp programme on|off`, with the signed-in user as "by".
enum SwitchAPI {
    struct Change: Decodable {
        /// `on` or `off`.
        let state: String
        let reason: String
        /// `YYYY-MM-DD`; today when left out.
        let from: String?
    }

    struct Recorded: Encodable {
        let region: String
        let programme: String
        let state: String
        let from: String
        let by: String
        let reason: String
        let auditEntry: Int64
    }

    /// Records the change, or refuses it saying why (400 for a bad value, 409 when it changes nothing).
    static func perform(_ change: Change, _ input: RouteRequest) async throws -> Recorded {
        guard change.state == "on" || change.state == "off" else {
            throw ServerError.badRequest("state must be 'on' or 'off' (got '\(change.state)')")
        }
        let day = try input.day(change.from, field: "from")
        guard change.reason.count <= 500 else { throw ServerError.badRequest("reason: at most 500 characters") }
        if let problem = SourceText.problem(inSource: change.reason.replacingOccurrences(of: "\n", with: " ")), !problem.contains("characters") {
            throw ServerError.badRequest("reason \(problem)")
        }
        let region = input.region!, plugin = input.programme!, user = input.session!.user.username
        do {
            let entry = try await ProgrammeSwitchboard(store: input.environment.store).record(
                plugin.id, enabled: change.state == "on", for: region, from: day, by: user, reason: change.reason)
            input.environment.logger.notice(
                "programme switched", metadata: ["region": "\(region.id)", "programme": "\(plugin.id)", "state": "\(change.state)"])
            return Recorded(
                region: region.id, programme: plugin.id.rawValue, state: change.state, from: day.description, by: user, reason: change.reason,
                auditEntry: entry.id)
        } catch let refusal as ProgrammeSwitchboard.Refusal {
            let text = refusal.description.replacingOccurrences(of: "--reason: ", with: "reason: ").replacingOccurrences(of: "--by: ", with: "")
            throw ServerError(text.contains("already") ? .conflict : .badRequest, text)
        }
    }

    static func change(_ input: RouteRequest) async throws -> Response {
        try Responses.json(try await perform(try await input.decode(Change.self), input), status: .created)
    }
}
