import Hummingbird
import PartnershipCore

/// Every route the server has, each with the permission it needs. The router, the OpenAPI
/// document and the route × role test are built from this one list.
public enum RouteCatalog {
    public static let routes: [ServerRoute] = [
        // Open to anyone.
        ServerRoute(.get, "/health", .anyone, .api, "Liveness: the server answers") { _ in try Responses.json(["status": "ok"]) },
        ServerRoute(.get, "/openapi.json", .anyone, .api, "This API's OpenAPI 3.1 document") { _ in Responses.json(text: OpenAPIDocument.json) },
        ServerRoute(.get, "/login", .anyone, .page, "The sign-in page") { LoginPage.show($0) },
        ServerRoute(.post, "/login", .anyone, .page, "Sign in with the form (sets the session cookie)", LoginPage.submit),
        ServerRoute(.post, "/api/session", .anyone, .api, "Sign in with a username and password: a bearer token", SessionAPI.signIn),

        // Any signed-in user; figures suppressed for the viewer.
        ServerRoute(.delete, "/api/session", .signedIn, .api, "Sign out: revoke this token", SessionAPI.signOut),
        ServerRoute(.get, "/api/me", .signedIn, .api, "Who is signed in, their role and when the session ends", SessionAPI.me),
        ServerRoute(.get, "/api/regions", .signedIn, .api, "The active region modules and the programmes on in each", DataAPI.regions),
        ServerRoute(.get, "/api/regions/{region}", .signedIn, .api, "One region: programmes on or off, headline indicators, LAs", DataAPI.region),
        ServerRoute(
            .get, "/api/regions/{region}/programmes/{programme}", .signedIn, .api, "One programme's status report for a region", DataAPI.programme),
        ServerRoute(.get, "/api/programmes", .signedIn, .api, "The programmes, their indicators and settings", DataAPI.programmes),
        ServerRoute(.get, "/api/indicators", .signedIn, .api, "Every indicator the national comparison uses", DataAPI.indicators),
        ServerRoute(
            .get, "/api/compare", .signedIn, .api, "The national comparison: every region and nation on the same indicators", DataAPI.compare),
        ServerRoute(.get, "/api/audit", .signedIn, .api, "The audit log (a regional role sees its region's and national entries)", DataAPI.audit),
        ServerRoute(
            .get, "/api/export/asylum-support.csv", .signedIn, .csv, "Every LA × quarter row of the newest Asy_D11 release, streamed as CSV",
            DataAPI.exportAsylumSupport),
        ServerRoute(.post, "/logout", .signedIn, .page, "Sign out (the form in the page header)", LoginPage.signOut),
        ServerRoute(.get, "/", .signedIn, .page, "Dashboard: the national comparison with charts", Pages.comparison),
        ServerRoute(.get, "/regions/{region}", .signedIn, .page, "A region's page", Pages.region),
        ServerRoute(.get, "/regions/{region}/programmes/{programme}", .signedIn, .page, "A programme's page for a region") {
            try await Pages.programme($0)
        },
        ServerRoute(.get, "/audit", .signedIn, .page, "The audit page", Pages.audit),
        ServerRoute(.get, "/api/regions/{region}/plan", .signedIn, .api, "The business-plan tracker (?year=2018-19, ?as-of=DATE)") {
            DataAPI.report(try await PlanView.report($0))
        },
        ServerRoute(.get, "/regions/{region}/plan", .signedIn, .page, "The business-plan tracker page") {
            Pages.page(try await PlanView.report($0), $0, current: "/regions/\($0.region!.id)")
        },

        // Switching a programme: its region's manager, or its lead in that region.
        ServerRoute(
            .post, "/api/regions/{region}/programmes/{programme}/switch", .switchProgramme, .api,
            "Switch a programme on or off for a region from a day, with a reason (audited)", SwitchAPI.change),
        ServerRoute(.get, "/regions/{region}/programmes/{programme}/switch", .switchProgramme, .page, "The switch form") {
            try await Pages.switchForm($0)
        },
        ServerRoute(.post, "/regions/{region}/programmes/{programme}/switch", .switchProgramme, .page, "Send the switch form", Pages.switchSubmit),

        // A programme's local records: the region's manager, or the programme's lead there.
        ServerRoute(
            .post, "/api/regions/{region}/programmes/{programme}/records/{kind}", .recordData, .api,
            "Upload a programme's local records for a region (the file as the body; ?filename=NAME), all or nothing", RecordsAPI.upload),
        ServerRoute(
            .post, "/regions/{region}/programmes/{programme}/records", .recordData, .page, "Send the records upload form", Pages.recordsSubmit),

        // The business plan: its region's manager.
        ServerRoute(
            .post, "/api/regions/{region}/plan/actions", .updatePlan, .api, "Record a business-plan action's status with a note (audited)",
            PlanAPI.update),

        // Loading published tables: admins and region managers.
        ServerRoute(
            .post, "/api/imports/{dataset}", .importData, .api, "Import a Home Office or ONS table (the file as the body; ?filename=NAME)",
            ImportAPI.upload),
        ServerRoute(.get, "/import", .importData, .page, "The import page") { AdminPages.importForm($0) },
        ServerRoute(.post, "/import", .importData, .page, "Send the import form (multipart upload)", AdminPages.importSubmit),

        // Users: admins.
        ServerRoute(.get, "/api/users", .manageUsers, .api, "The users and their roles", UsersAPI.list),
        ServerRoute(.post, "/api/users", .manageUsers, .api, "Add a user with a role and a first password", UsersAPI.add),
        ServerRoute(.post, "/api/users/{username}/disable", .manageUsers, .api, "Disable a user and end their sessions", UsersAPI.disable),
        ServerRoute(.post, "/api/users/{username}/password", .manageUsers, .api, "Set a new password and end their sessions", UsersAPI.resetPassword),
        ServerRoute(.get, "/users", .manageUsers, .page, "The users page") { try await AdminPages.users($0) },
        ServerRoute(.post, "/users", .manageUsers, .page, "Send the add-user form", AdminPages.addUser),
    ]
}
