import Foundation
import Hummingbird
import PartnershipCore
import PartnershipStore
import ProgrammeKit

/// User administration for admins: the same directory and audit entries as `smp user`.
enum UsersAPI {
    struct Listed: Encodable {
        let username: String
        let role: String
        let region: String?
        let programme: String?
        let disabled: Bool
        let createdAt: String
    }

    struct NewUser: Decodable {
        let username: String
        let role: String
        let region: String?
        let programme: String?
        let password: String
    }

    struct NewPassword: Decodable {
        let password: String
    }

    static func listed(_ user: AppUser) -> Listed {
        Listed(
            username: user.username, role: user.role.kind, region: user.role.region, programme: user.role.programme?.rawValue,
            disabled: user.disabled,
            createdAt: user.createdAt)
    }

    static func list(_ input: RouteRequest) async throws -> Response {
        try Responses.json(try await input.environment.users.all().map(listed))
    }

    /// The role the parts make, checked against the regions and programmes this server has.
    static func role(kind: String, region: String?, programme: String?, _ environment: ServerEnvironment) throws -> Role {
        let role: Role
        switch Role.make(kind: kind, region: region, programme: programme) {
        case .success(let made): role = made
        case .failure(let problem): throw ServerError.badRequest(problem.description)
        }
        if let region = role.region, environment.region(region) == nil {
            throw ServerError.badRequest("no region '\(region)'; the regions are \(environment.regions.map(\.id).joined(separator: ", "))")
        }
        if let programme = role.programme, environment.registry[programme] == nil {
            throw ServerError.badRequest(
                "no programme '\(programme)'; the programmes are \(environment.registry.ids.map(\.rawValue).joined(separator: ", "))")
        }
        return role
    }

    static func add(_ input: RouteRequest) async throws -> Response {
        let new = try await input.decode(NewUser.self)
        let environment = input.environment
        let role = try role(kind: new.role, region: new.region, programme: new.programme, environment)
        try await environment.users.add(
            new.username, role: role, passwordHash: try environment.passwords.hash(new.password), by: input.session!.user.username)
        guard let user = try await environment.users.user(new.username) else { throw ServerError(.internalServerError, "the user was not stored") }
        return try Responses.json(listed(user), status: .created)
    }

    static func disable(_ input: RouteRequest) async throws -> Response {
        let name = input.context.parameters.get("username") ?? ""
        guard name != input.session!.user.username else { throw ServerError(.conflict, "you cannot disable your own account") }
        try await input.environment.users.disable(name, by: input.session!.user.username)
        return Response(status: .noContent)
    }

    static func resetPassword(_ input: RouteRequest) async throws -> Response {
        let name = input.context.parameters.get("username") ?? ""
        let new = try await input.decode(NewPassword.self)
        try await input.environment.users.resetPassword(
            name, hash: try input.environment.passwords.hash(new.password), by: input.session!.user.username)
        return Response(status: .noContent)
    }
}
