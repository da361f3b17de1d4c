import PartnershipCore
import PartnershipStore
import Reporting

/// The navigation and sign-in line of every page, for the signed-in user's role.
enum Chrome {
    static func page(session: AppSession?, environment: ServerEnvironment, current: String) -> PageChrome {
        guard let session else { return PageChrome() }
        var links = [PageChrome.Link("National comparison", href: "/", current: current == "/")]
        links += environment.regions.map { PageChrome.Link($0.name, href: "/regions/\($0.id)", current: current == "/regions/\($0.id)") }
        links.append(PageChrome.Link("Audit log", href: "/audit", current: current == "/audit"))
        if Permission.importData.allows(session.user.role, region: nil, programme: nil) {
            links.append(PageChrome.Link("Import", href: "/import", current: current == "/import"))
        }
        if session.user.role == .admin { links.append(PageChrome.Link("Users", href: "/users", current: current == "/users")) }
        return PageChrome(nav: links, signedIn: ("Signed in as \(session.user.username) (\(session.user.role))", session.csrfToken))
    }
}
