import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PartnershipCore
import PartnershipServer
import TestSupport
import Testing

/// Every route, walked with every role, allows or refuses exactly as this table says. A route
/// added without a row here fails the test, so no route ships without its permission decided.
@Suite(.serialized) struct RouteAccessTests {
    /// Who may use each route (north-east and uasc-nts fill the path's region and programme).
    static let signedIn: Set<String> = ["admin", "national", "ne-manager", "em-manager", "ne-uasc-lead"]
    static let everyone: Set<String> = signedIn.union(["anonymous"])
    static let table: [String: Set<String>] = [
        "GET /health": everyone, "GET /openapi.json": everyone, "GET /login": everyone, "POST /login": everyone, "POST /api/session": everyone,
        "DELETE /api/session": signedIn, "GET /api/me": signedIn, "GET /api/regions": signedIn, "GET /api/regions/{region}": signedIn,
        "GET /api/regions/{region}/programmes/{programme}": signedIn, "GET /api/programmes": signedIn, "GET /api/indicators": signedIn,
        "GET /api/compare": signedIn, "GET /api/audit": signedIn, "GET /api/export/asylum-support.csv": signedIn, "POST /logout": signedIn,
        "GET /": signedIn, "GET /regions/{region}": signedIn, "GET /regions/{region}/programmes/{programme}": signedIn, "GET /audit": signedIn,
        "GET /api/regions/{region}/plan": signedIn, "GET /regions/{region}/plan": signedIn,
        "POST /api/regions/{region}/programmes/{programme}/switch": ["ne-manager", "ne-uasc-lead"],
        "GET /regions/{region}/programmes/{programme}/switch": ["ne-manager", "ne-uasc-lead"],
        "POST /regions/{region}/programmes/{programme}/switch": ["ne-manager", "ne-uasc-lead"],
        "POST /api/regions/{region}/plan/actions": ["ne-manager"],
        "POST /api/regions/{region}/programmes/{programme}/records/{kind}": ["ne-manager", "ne-uasc-lead"],
        "POST /regions/{region}/programmes/{programme}/records": ["ne-manager", "ne-uasc-lead"],
        "POST /api/imports/{dataset}": ["admin", "ne-manager", "em-manager"], "GET /import": ["admin", "ne-manager", "em-manager"],
        "POST /import": ["admin", "ne-manager", "em-manager"],
        "GET /api/users": ["admin"], "POST /api/users": ["admin"], "POST /api/users/{username}/disable": ["admin"],
        "POST /api/users/{username}/password": ["admin"], "GET /users": ["admin"], "POST /users": ["admin"],
    ]

    static func uri(_ route: ServerRoute) -> String {
        route.path.replacingOccurrences(of: "{region}", with: "north-east").replacingOccurrences(of: "{programme}", with: "uasc-nts")
            .replacingOccurrences(of: "{dataset}", with: "asylum-support").replacingOccurrences(of: "{username}", with: "someone")
            .replacingOccurrences(of: "{kind}", with: "care")
    }

    /// A body the route accepts from a permitted user (so "allowed" is tested by a real request).
    static func body(_ route: ServerRoute, counter: Int) -> String? {
        switch (route.method, route.path) {
        case (.post, "/login"), (.post, "/api/session"): return #"{"username": "national", "password": "correct horse battery"}"#
        case (.post, let path) where path.hasSuffix("/switch"): return #"{"state": "\#(counter % 2 == 0 ? "off" : "on")", "reason": "route test"}"#
        case (.post, "/api/users"), (.post, "/users"):
            return #"{"username": "new-\#(counter)", "role": "national-viewer", "password": "a long enough password"}"#
        case (.post, let path) where path.hasSuffix("/password"): return #"{"password": "another long password"}"#
        case (.post, "/api/imports/{dataset}"), (.post, "/import"): return "Date,People\n"
        default: return route.changesStateForTest ? "{}" : nil
        }
    }

    @Test func everyRouteAllowsOrRefusesEachRoleAsTheTableSays() async throws {
        let fixture = try await ServerFixture.make()
        defer { try? FileManager.default.removeItem(at: fixture.folder) }
        let missing = RouteCatalog.routes.map { "\($0.method) \($0.path)" }.filter { Self.table[$0] == nil }
        #expect(missing.isEmpty, "routes with no row in the permission table: \(missing)")
        var counter = 0, checked = 0
        var failures: [String] = []
        for route in RouteCatalog.routes {
            let key = "\(route.method) \(route.path)"
            guard let allowed = Self.table[key] else { continue }
            for role in Self.everyone.sorted() {
                counter += 1
                var headers: HTTPFields = .json
                if role != "anonymous" {
                    let session = try await fixture.session(role)
                    // Pages go with the cookie (and its CSRF token); the API with a bearer token.
                    if route.kind == .page {
                        headers[.cookie] = "\(PlatformServer.sessionCookie)=\(session.token)"
                        headers[HTTPField.Name("X-CSRF-Token")!] = session.csrf
                    } else {
                        headers[.authorization] = "Bearer \(session.token)"
                    }
                } else if route.kind == .page && route.changesStateForTest {
                    headers[.cookie] = "\(PlatformServer.loginCookie)=t0ken"
                    headers[HTTPField.Name("X-CSRF-Token")!] = "t0ken"
                }
                let body = Self.body(route, counter: counter).map { ByteBuffer(string: $0) }
                let sent = headers
                let status = try await fixture.test { client in
                    try await client.execute(uri: Self.uri(route), method: route.method, headers: sent, body: body) { $0.status }
                }
                checked += 1
                let refused = status == .unauthorized || status == .forbidden || (status == .seeOther && role == "anonymous" && key != "POST /login")
                if allowed.contains(role) {
                    if refused || status == .internalServerError { failures.append("\(key) as \(role): expected allowed, got \(status.code)") }
                } else {
                    let expected: HTTPResponse.Status = role == "anonymous" ? (route.kind == .page ? .seeOther : .unauthorized) : .forbidden
                    if status != expected { failures.append("\(key) as \(role): expected \(expected.code), got \(status.code)") }
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
        #expect(checked == RouteCatalog.routes.count * Self.everyone.count)
        print(
            "Route × role table: \(RouteCatalog.routes.count) routes × \(Self.everyone.count) roles = \(checked) requests, \(failures.count) not as the table says"
        )
    }
}

extension ServerRoute {
    var changesStateForTest: Bool { [.post, .put, .patch, .delete].contains(method) }
}
