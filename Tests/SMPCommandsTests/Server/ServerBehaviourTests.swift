import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PartnershipCore
import PartnershipServer
import PartnershipStore
import ProgrammeKit
import TestSupport
import Testing

/// What people rely on from the server: the OpenAPI document matches the routes, small counts are
/// suppressed for anyone outside the owning region, a switch from the form is audited under the
/// signed-in name, forms need their CSRF token, sessions end, sign-in is throttled, and exports stream.
@Suite(.serialized) struct ServerBehaviourTests {
    static let shared = Task { try await ServerFixture.make() }

    @Test func theOpenAPIDocumentHasEveryRouteAndOnlyRoutes() async throws {
        let fixture = try await Self.shared.value
        let text = try await fixture.test { client in
            try await client.execute(uri: "/openapi.json", method: .get) { $0.text }
        }
        let document = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        let paths = try #require(document?["paths"] as? [String: [String: Any]])
        let documented = Set(paths.flatMap { path, operations in operations.keys.map { "\($0.uppercased()) \(path)" } })
        let routes = Set(RouteCatalog.routes.map { "\($0.method.rawValue) \($0.path)" })
        #expect(documented == routes, "only documented: \(documented.subtracting(routes)); only routed: \(routes.subtracting(documented))")
        // Every documented path is answered by a route (the router's own 404 has no JSON body).
        for route in RouteCatalog.routes where route.method == .get {
            let body = try await fixture.test { client in
                try await client.execute(uri: RouteAccessTests.uri(route), method: .get) { ($0.status, $0.text) }
            }
            #expect(body.0 != .notFound || body.1.contains("error"), "\(route.path) is documented but not routed")
        }
    }

    /// The cells one viewer is shown as suppressed (JSON: a null value whose details say
    /// "suppressed"), with what another viewer is shown in the same place.
    static func suppressed(_ outside: Any, _ owner: Any) -> [(String, Any?)] {
        guard let outside = outside as? [String: Any], let owner = owner as? [String: Any],
            let theirs = outside["sections"] as? [[String: Any]], let ours = owner["sections"] as? [[String: Any]], theirs.count == ours.count
        else { return [] }
        var found: [(String, Any?)] = []
        for (section, (a, b)) in zip(theirs, ours).enumerated() {
            let rowsA = a["rows"] as? [[String: Any]] ?? [], rowsB = b["rows"] as? [[String: Any]] ?? []
            for (index, (rowA, rowB)) in zip(rowsA, rowsB).enumerated() {
                for (key, detail) in rowA["details"] as? [String: [String: Any]] ?? [:] where detail["state"] as? String == "suppressed" {
                    found.append(("section \(section) row \(index) \(key)", rowB[key]))
                }
            }
        }
        return found
    }

    @Test func aNationalViewerSeesUnderFiveWhereTheRegionManagerSeesTheCount() async throws {
        let fixture = try await Self.shared.value
        func programme(_ role: String) async throws -> Any {
            let session = try await fixture.session(role)
            let text = try await fixture.test { client in
                try await client.execute(uri: "/api/regions/east-midlands/programmes/modern-slavery", method: .get, headers: .bearer(session.token)) {
                    #expect($0.status == .ok)
                    return $0.text
                }
            }
            return try JSONSerialization.jsonObject(with: Data(text.utf8))
        }
        let national = try await programme("national"), manager = try await programme("em-manager"), other = try await programme("ne-manager")
        let pairs = Self.suppressed(national, manager)
        #expect(!pairs.isEmpty, "the synthetic referral records give counts of 1-4 the national view must suppress")
        let shown = pairs.compactMap { $0.1 as? Int }
        #expect(
            shown.count == pairs.count,
            "the region manager sees every figure the national viewer does not: \(pairs.filter { !($0.1 is Int) }.map(\.0))")
        #expect(shown.contains { (1...4).contains($0) })
        #expect(Self.suppressed(manager, manager).isEmpty, "nothing is suppressed for the owning region")
        // Another region's manager is outside too.
        #expect(Self.suppressed(other, manager).count == pairs.count)
        // The page the national viewer is shown says <5 as well (the same report, in HTML).
        let session = try await fixture.session("national")
        let page = try await fixture.test { client in
            try await client.execute(
                uri: "/regions/east-midlands/programmes/modern-slavery", method: .get, headers: .cookie(session.token, form: false)
            ) { $0.text }
        }
        #expect(page.contains("&lt;5"))
    }

    @Test func aSwitchFromTheFormIsAuditedUnderTheSignedInUserAndNeedsItsToken() async throws {
        let fixture = try await ServerFixture.make()
        defer { try? FileManager.default.removeItem(at: fixture.folder) }
        let manager = try await fixture.session("ne-manager")
        let form = "state=off&reason=Paused+while+the+rota+is+reviewed&csrf=\(manager.csrf)"
        let withoutToken = "state=off&reason=forged"
        let forged = try await fixture.test { client in
            try await client.execute(
                uri: "/regions/north-east/programmes/uasc-nts/switch", method: .post, headers: .cookie(manager.token),
                body: ByteBuffer(string: withoutToken)
            ) { $0.status }
        }
        #expect(forged == .forbidden)
        let sent = try await fixture.test { client in
            try await client.execute(
                uri: "/regions/north-east/programmes/uasc-nts/switch", method: .post, headers: .cookie(manager.token), body: ByteBuffer(string: form)
            ) { ($0.status, $0.headers[.location]) }
        }
        #expect(sent.0 == .seeOther && sent.1 == "/regions/north-east?done=switched")
        let entries = try await AuditLog(store: fixture.environment.store).entries(kind: "programme-switch")
        #expect(entries.count == 1)
        #expect(entries.first?.draft.by == "ne-manager" && entries.first?.draft.after == "off" && entries.first?.subject == "uasc-nts")
        let page = try await fixture.test { client in
            try await client.execute(uri: "/regions/north-east?done=switched", method: .get, headers: .cookie(manager.token, form: false)) { $0.text }
        }
        #expect(page.contains("The switch is recorded in the audit log."))
        #expect(page.contains("Paused while the rota is reviewed"))
        // The national viewer may not switch, by form or API.
        let viewer = try await fixture.session("national")
        let refused = try await fixture.test { client in
            try await client.execute(
                uri: "/api/regions/north-east/programmes/uasc-nts/switch", method: .post, headers: .bearer(viewer.token).merging(.json),
                body: ByteBuffer(string: #"{"state": "on", "reason": "x"}"#)
            ) { $0.status }
        }
        #expect(refused == .forbidden)
        #expect(try await AuditLog(store: fixture.environment.store).entries(kind: "programme-switch").count == 1)
    }

    @Test func signInIsThrottledSessionsEndAndResponsesCarrySecureHeaders() async throws {
        let fixture = try await ServerFixture.make()
        defer { try? FileManager.default.removeItem(at: fixture.folder) }
        func signIn(_ password: String) async throws -> HTTPResponse.Status {
            try await fixture.test { client in
                try await client.execute(
                    uri: "/api/session", method: .post, headers: .json,
                    body: ByteBuffer(string: #"{"username": "someone", "password": "\#(password)"}"#)
                ) { $0.status }
            }
        }
        #expect(try await signIn(ServerFixture.password) == .ok)
        for _ in 0..<LoginThrottle.perName { #expect(try await signIn("wrong password here") == .unauthorized) }
        #expect(try await signIn(ServerFixture.password) == .tooManyRequests)
        // A revoked token (sign-out) and a disabled user's token no longer open anything.
        let session = try await fixture.session("national")
        let out = try await fixture.test { client in
            try await client.execute(uri: "/api/session", method: .delete, headers: .bearer(session.token)) { $0.status }
        }
        #expect(out == .noContent)
        let after = try await fixture.test { client in
            try await client.execute(uri: "/api/me", method: .get, headers: .bearer(session.token)) { $0.status }
        }
        #expect(after == .unauthorized)
        let lead = try await fixture.session("ne-uasc-lead")
        try await fixture.environment.users.disable("ne-uasc-lead", by: "test")
        #expect(try await fixture.environment.sessions.session(for: lead.token) == nil)
        // An expired session is refused.
        let expired = try await SessionStore(store: fixture.environment.store, lifetime: -1).open(for: "admin")
        #expect(try await fixture.environment.sessions.session(for: expired.token) == nil)
        // The form sign-in sets an HttpOnly, SameSite=Strict cookie; every page has the headers.
        let login = try await fixture.test { client in
            try await client.execute(uri: "/login", method: .get) { $0 }
        }
        #expect(login.headers[.contentSecurityPolicy]?.contains("frame-ancestors 'none'") == true)
        #expect(login.headers[.contentSecurityPolicy]?.contains("script") == false)
        #expect(login.headers[HTTPField.Name("X-Frame-Options")!] == "DENY")
        #expect(login.text.contains("<script") == false)
        let token = try #require(
            login.headers[values: .setCookie].first { $0.hasPrefix(PlatformServer.loginCookie) }?
                .split(separator: ";").first?.split(separator: "=").last.map(String.init))
        let signedIn = try await fixture.test { client in
            try await client.execute(
                uri: "/login", method: .post,
                headers: [.contentType: "application/x-www-form-urlencoded", .cookie: "\(PlatformServer.loginCookie)=\(token)"],
                body: ByteBuffer(string: "username=admin&password=correct+horse+battery&csrf=\(token)")
            ) { $0 }
        }
        #expect(signedIn.status == .seeOther)
        let cookie = signedIn.headers[values: .setCookie].first { $0.hasPrefix(PlatformServer.sessionCookie) } ?? ""
        #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), "\(cookie)")
    }

    @Test func aProgrammeLeadUploadsRecordsWithTheCLIsChecksAndNotWhileSwitchedOff() async throws {
        let fixture = try await ServerFixture.make()
        defer { try? FileManager.default.removeItem(at: fixture.folder) }
        let lead = try await fixture.session("ne-uasc-lead")
        let good = try String(contentsOf: fixture.folder.appendingPathComponent("north-east-uasc-in-care.synthetic.csv"), encoding: .utf8)
        func upload(_ text: String, _ name: String) async throws -> (HTTPResponse.Status, String) {
            try await fixture.test { client in
                try await client.execute(
                    uri: "/api/regions/north-east/programmes/uasc-nts/records/care?filename=\(name)", method: .post, headers: .bearer(lead.token),
                    body: ByteBuffer(string: text)
                ) { ($0.status, $0.text) }
            }
        }
        let imported = try await upload(good, "care.csv")
        #expect(imported.0 == .created && imported.1.contains("Imported 132 UASC-in-care counts"), "\(imported.1)")
        var lines = good.split(separator: "\n").map(String.init)
        lines[1] = lines[1].replacingOccurrences(of: lines[1].split(separator: ",")[2], with: "many")
        let refused = try await upload(lines.joined(separator: "\n") + "\n", "care.csv")
        #expect(refused.0 == .unprocessableContent && refused.1.contains("care.csv:2: error: row 1, children"), "\(refused.1)")
        let named = try await upload(good, "Ahmed Ali.csv")
        #expect(named.0 == .badRequest)
        _ = try await ProgrammeSwitchboard(store: fixture.environment.store).record(
            ProgrammeID("uasc-nts"), enabled: false, for: fixture.environment.region("north-east")!, from: Day(iso: "2025-11-01")!, by: "test",
            reason: "paused")
        let off = try await upload(good, "care.csv")
        #expect(off.0 == .conflict && off.1.contains("no new records are taken"), "\(off.1)")
    }

    @Test func cachedAnswersNeverOutliveAChangeMadeByAnotherProcess() async throws {
        let fixture = try await ServerFixture.make()
        defer { try? FileManager.default.removeItem(at: fixture.folder) }
        let lead = try await fixture.session("ne-uasc-lead")
        func get(_ uri: String) async throws -> (HTTPResponse.Status, String) {
            try await fixture.test { client in
                try await client.execute(uri: uri, method: .get, headers: .bearer(lead.token)) { ($0.status, $0.text) }
            }
        }
        let before = try await get("/api/compare")
        let me = try await get("/api/me")
        #expect(before.0 == .ok && me.0 == .ok)
        // A switch and a disabled user written straight to the store, as the CLI would from another process.
        let other = try SQLiteStore(path: fixture.environment.store.location)
        _ = try await ProgrammeSwitchboard(store: other).record(
            ProgrammeID("uasc-nts"), enabled: false, for: fixture.environment.region("north-east")!, from: Day(iso: "2025-11-01")!, by: "cli",
            reason: "paused")
        let after = try await get("/api/compare")
        #expect(after.1 != before.1, "the comparison after a switch is not the cached one")
        try await UserDirectory(store: other).disable("ne-uasc-lead", by: "cli")
        #expect(try await get("/api/me").0 == .unauthorized)
    }

    @Test func theAsylumSupportExportStreamsEveryRowOfTheNewestRelease() async throws {
        let fixture = try await Self.shared.value
        let session = try await fixture.session("national")
        let text = try await fixture.test { client in
            try await client.execute(uri: "/api/export/asylum-support.csv", method: .get, headers: .bearer(session.token)) { $0.text }
        }
        let lines = text.split(separator: "\n")
        let rows = try await fixture.environment.store.rows(
            "SELECT COUNT(*) AS n FROM asylum_support WHERE vintage_id = (SELECT MAX(id) FROM import_vintage WHERE dataset = 'asylum-support')")
        #expect(lines.count - 2 == (try rows.first?.int("n")))
        #expect(lines.first?.hasPrefix("# Home Office Asy_D11") == true)
    }
}

extension HTTPFields {
    func merging(_ other: HTTPFields) -> HTTPFields {
        var merged = self
        for field in other { merged[field.name] = field.value }
        return merged
    }
}
