/// What a signed-in person may see and do. Suppression and every route's permission derive from
/// it, so no one can claim a region's view by saying so.
public enum Role: Sendable, Hashable, CustomStringConvertible {
    /// Every region, with counts of 1-4 from local records shown as `<5`.
    case nationalViewer
    /// One region in full detail: switches its programmes and updates its plan.
    case regionManager(region: String)
    /// One programme in one region: records its data and switches that programme.
    case programmeLead(region: String, programme: ProgrammeID)
    /// Manages users; sees what a national viewer sees.
    case admin

    /// `national-viewer`, `region-manager`, `programme-lead` or `admin`, as stored and typed.
    public var kind: String {
        switch self {
        case .nationalViewer: "national-viewer"
        case .regionManager: "region-manager"
        case .programmeLead: "programme-lead"
        case .admin: "admin"
        }
    }

    public static let kinds = ["national-viewer", "region-manager", "programme-lead", "admin"]

    /// The region whose small counts this role sees, if any.
    public var region: String? {
        switch self {
        case .regionManager(let region), .programmeLead(let region, _): region
        case .nationalViewer, .admin: nil
        }
    }

    public var programme: ProgrammeID? {
        if case .programmeLead(_, let programme) = self { return programme }
        return nil
    }

    /// The role from its stored or typed parts, or why they do not make one.
    public static func make(kind: String, region: String?, programme: String?) -> Result<Role, RoleProblem> {
        let region = region.flatMap { $0.isEmpty ? nil : $0 }, programme = programme.flatMap { $0.isEmpty ? nil : $0 }
        switch kind {
        case "national-viewer", "admin":
            guard region == nil, programme == nil else { return .failure(.unexpectedScope(kind)) }
            return .success(kind == "admin" ? .admin : .nationalViewer)
        case "region-manager":
            guard let region else { return .failure(.missingRegion(kind)) }
            guard programme == nil else { return .failure(.unexpectedScope(kind)) }
            return .success(.regionManager(region: region))
        case "programme-lead":
            guard let region else { return .failure(.missingRegion(kind)) }
            guard let programme else { return .failure(.missingProgramme) }
            return .success(.programmeLead(region: region, programme: ProgrammeID(programme)))
        default:
            return .failure(.unknownKind(kind))
        }
    }

    public var description: String {
        switch self {
        case .nationalViewer: "national viewer"
        case .regionManager(let region): "region manager, \(region)"
        case .programmeLead(let region, let programme): "programme lead, \(programme) in \(region)"
        case .admin: "admin"
        }
    }
}

/// Why role parts do not make a role, in words for the person typing them.
public enum RoleProblem: Error, Hashable, Sendable, CustomStringConvertible {
    case unknownKind(String)
    case missingRegion(String)
    case missingProgramme
    case unexpectedScope(String)

    public var description: String {
        switch self {
        case .unknownKind(let kind): "unknown role '\(kind)'; the roles are \(Role.kinds.joined(separator: ", "))"
        case .missingRegion(let kind): "a \(kind) needs --region (the region module id)"
        case .missingProgramme: "a programme-lead needs --programme (e.g. uasc-nts)"
        case .unexpectedScope(let kind): "a \(kind) covers no single region or programme: leave out --region and --programme"
        }
    }
}
