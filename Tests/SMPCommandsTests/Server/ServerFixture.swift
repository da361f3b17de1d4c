import CommandLineKit
import Composition
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import PartnershipCore
import PartnershipServer
import PartnershipStore
import ProgrammeKit
import RegionModules
import TestSupport

/// A server over a real store: the bundled Home Office and ONS tables and SYNTHETIC local records
/// (UASC in the North East, modern slavery and NRPF in the East Midlands), loaded by the CLI's
/// own commands, with one user per role.
struct ServerFixture: Sendable {
    let environment: ServerEnvironment
    let folder: URL

    /// The users, by the name the tests use; each has the password `correct horse battery`.
    static let users: [(name: String, role: Role)] = [
        ("admin", .admin), ("national", .nationalViewer), ("ne-manager", .regionManager(region: "north-east")),
        ("em-manager", .regionManager(region: "east-midlands")),
        ("ne-uasc-lead", .programmeLead(region: "north-east", programme: ProgrammeID("uasc-nts"))),
        ("someone", .nationalViewer),
    ]
    static let password = "correct horse battery"

    /// A fresh store and server (for tests that change things).
    static func make(day: Day = Day(iso: "2025-11-20")!) async throws -> ServerFixture {
        let folder = try RepositoryPaths.temporaryFolder()
        let path = folder.appendingPathComponent("server.sqlite").path
        let cli = try InProcessCLI()
        let regions = RepositoryPaths.regions.path
        let common = ["--db", path, "--regions", regions]
        let steps: [[String]] = [
            ["import", "--bundled", "--db", path],
            ["uasc", "synthetic", "--region", "north-east", "--out", folder.path, "--seed", "7", "--regions", regions],
            ["uasc", "care", "import", "--region", "north-east", "\(folder.path)/north-east-uasc-in-care.synthetic.csv"] + common,
            ["uasc", "request", "import", "--region", "north-east", "\(folder.path)/north-east-uasc-requests.synthetic.csv"] + common,
            ["modern-slavery", "synthetic", "--region", "east-midlands", "--out", "\(folder.path)/ms.csv", "--seed", "3", "--regions", regions],
            ["modern-slavery", "referral", "import", "--region", "east-midlands", "\(folder.path)/ms.csv"] + common,
        ]
        for step in steps {
            let run = await cli(step)
            guard run.status == 0 else { throw CommandFailure(arguments: step, stderr: run.stderr) }
        }
        let registry = try StandardProgrammes.registry().platform
        let store = try await StoreOpener.open(path, schema: try registry.schema(), logger: Logger(label: "smp-test"))
        let catalog = RegionCatalog(folder: RepositoryPaths.regions, registry: registry.programmes)
        var logger = Logger(label: "smp-test-server")
        logger.logLevel = .warning
        let environment = ServerEnvironment(
            registry: registry, regions: catalog.activeRegions, store: store, passwords: PasswordHasher(cost: 4), logger: logger, today: { day })
        let hasher = PasswordHasher(cost: 4)
        for (name, role) in users {
            try await environment.users.add(name, role: role, passwordHash: try hasher.hash(password), by: "test")
        }
        return ServerFixture(environment: environment, folder: folder)
    }

    struct CommandFailure: Error, CustomStringConvertible {
        let arguments: [String]
        let stderr: String
        var description: String { "smp \(arguments.joined(separator: " ")) failed: \(stderr)" }
    }

    /// A new session for `name`: its token (for a bearer header or the cookie) and its CSRF token.
    func session(_ name: String) async throws -> (token: String, csrf: String) {
        let opened = try await environment.sessions.open(for: name)
        let session = try await environment.sessions.session(for: opened.token)
        return (opened.token, session!.csrfToken)
    }

    var application: some ApplicationProtocol { PlatformServer.application(environment, host: "127.0.0.1", port: 0) }

    /// Runs `body` against the router in process.
    func test<Value: Sendable>(_ body: @Sendable (any TestClientProtocol) async throws -> Value) async throws -> Value {
        try await application.test(.router, body)
    }
}

extension HTTPFields {
    static func bearer(_ token: String) -> HTTPFields { [.authorization: "Bearer \(token)"] }

    static func cookie(_ token: String, csrf: String? = nil, form: Bool = true) -> HTTPFields {
        var fields: HTTPFields = [.cookie: "\(PlatformServer.sessionCookie)=\(token)"]
        if let csrf { fields[HTTPField.Name("X-CSRF-Token")!] = csrf }
        if form { fields[.contentType] = "application/x-www-form-urlencoded" }
        return fields
    }

    static var json: HTTPFields { [.contentType: "application/json"] }
}

extension TestResponse {
    var text: String { String(buffer: body) }
    func json() throws -> Any { try JSONSerialization.jsonObject(with: Data(text.utf8)) }
}
