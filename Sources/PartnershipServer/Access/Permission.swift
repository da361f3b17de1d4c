import PartnershipCore
import PartnershipStore

/// What a route needs, declared with the route and checked on every request before its handler
/// runs. The route × role table in the tests walks every route with every role against this.
public enum Permission: Sendable, Hashable, CustomStringConvertible {
    /// No sign-in (the sign-in page, health, the OpenAPI document).
    case anyone
    /// Any signed-in user; figures are suppressed for whoever is looking.
    case signedIn
    /// Switch the route's `{programme}` in its `{region}`: that region's manager, or that
    /// programme's lead in that region.
    case switchProgramme
    /// Upload the route's `{programme}`'s local records for its `{region}`: the same people as
    /// `switchProgramme` (the region's manager, or the programme's lead there).
    case recordData
    /// Record a business-plan action's status for `{region}`: that region's manager.
    case updatePlan
    /// Load a Home Office or ONS table: an admin or a region manager.
    case importData
    /// Manage users: an admin.
    case manageUsers

    /// Whether `role` may use the route for this region and programme.
    public func allows(_ role: Role?, region: String?, programme: ProgrammeID?) -> Bool {
        switch self {
        case .anyone: return true
        case .signedIn: return role != nil
        case .switchProgramme, .recordData:
            switch role {
            case .regionManager(let own)?: return own == region
            case .programmeLead(let own, let lead)?: return own == region && lead == programme
            default: return false
            }
        case .updatePlan:
            if case .regionManager(let own)? = role { return own == region }
            return false
        case .importData:
            switch role {
            case .admin?, .regionManager?: return true
            default: return false
            }
        case .manageUsers: return role == .admin
        }
    }

    public var description: String {
        switch self {
        case .anyone: "anyone"
        case .signedIn: "signed in"
        case .switchProgramme, .recordData: "region manager of {region}, or programme lead of {programme} in {region}"
        case .updatePlan: "region manager of {region}"
        case .importData: "admin or region manager"
        case .manageUsers: "admin"
        }
    }
}
