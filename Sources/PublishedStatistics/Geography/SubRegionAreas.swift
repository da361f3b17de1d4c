import PartnershipCore

/// A module's sub-regions (the `sub_region` column of its LAs) as areas to compare within the
/// region, then the region itself. A sub-region is computed from published data alone: the
/// partnership's own records are kept per region, not per sub-region.
public enum SubRegionAreas {
    public static let unassigned = "no sub-region"

    public static func areas(of region: Region) -> [Region] {
        var order: [String] = []
        var members: [String: [LocalAuthority]] = [:]
        for authority in region.localAuthorities {
            let name = authority.subRegion ?? unassigned
            if members[name] == nil { order.append(name) }
            members[name, default: []].append(authority)
        }
        let parts = order.map { name in
            Region(
                id: "\(region.id)/\(NationalAreas.id(for: name))", name: "\(region.name): \(name)", shortName: name, onsRegionCode: nil,
                leadOrganisation: region.leadOrganisation, established: region.established, programmes: region.programmes,
                localAuthorities: members[name] ?? [], status: .active,
                coverage: .subRegion(of: region.id))
        }
        return parts + [region]
    }
}
