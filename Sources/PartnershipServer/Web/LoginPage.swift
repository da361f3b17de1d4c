import Foundation
import HTTPTypes
import Hummingbird
import PartnershipStore
import Reporting

/// The sign-in page. Its form carries a double-submit token (a cookie and a hidden field that must
/// match), as there is no session yet to tie a CSRF token to.
enum LoginPage {
    static func show(_ input: RouteRequest, errors: [String] = [], status: HTTPResponse.Status = .ok) -> Response {
        if input.session != nil && errors.isEmpty { return Responses.redirect("/") }
        let token = SessionStore.randomToken()
        let form = PageChrome.Form(
            title: "Sign in", action: "/login",
            fields: [
                .init("username", label: "Username", autocomplete: "username"),
                .init("password", label: "Password", kind: .password, autocomplete: "current-password"),
            ],
            submit: "Sign in", csrf: token)
        let report = Report(
            title: "Sign in to SMP Platform", sections: [],
            notes: ["Strategic Migration Partnerships: dispersal, resettlement, UASC transfers, modern slavery and NRPF, region by region."])
        var response = Responses.html(HTMLPage.render(report, chrome: PageChrome(errors: errors, forms: [form])), status: status)
        response.setCookie(
            Cookie(
                name: PlatformServer.loginCookie, value: token, maxAge: 3_600, path: "/login", secure: input.environment.behindTLS, httpOnly: true,
                sameSite: .strict))
        return response
    }

    static func submit(_ input: RouteRequest) async throws -> Response {
        let credentials = try await input.decode(SessionAPI.Credentials.self)
        let user: AppUser
        do { user = try await SessionAPI.authenticate(credentials, input) } catch let error as ServerError {
            return show(input, errors: [error.message], status: error.status)
        }
        let opened = try await input.environment.sessions.open(for: user.username)
        // Only a path on this site: never an open redirect.
        let next = credentials.next.flatMap { $0.hasPrefix("/") && !$0.hasPrefix("//") ? $0 : nil } ?? "/"
        var response = Responses.redirect(next)
        response.setCookie(
            Cookie(
                name: PlatformServer.sessionCookie, value: opened.token, maxAge: Int(input.environment.sessions.lifetime), path: "/",
                secure: input.environment.behindTLS, httpOnly: true, sameSite: .strict))
        return response
    }

    static func signOut(_ input: RouteRequest) async throws -> Response {
        if let token = input.token { try await input.environment.sessions.revoke(token) }
        var response = Responses.redirect("/login")
        response.setCookie(
            Cookie(
                name: PlatformServer.sessionCookie, value: "", maxAge: 0, path: "/", secure: input.environment.behindTLS, httpOnly: true,
                sameSite: .strict))
        return response
    }
}
