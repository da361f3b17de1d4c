import PartnershipCore
import PartnershipStore
import PublishedStatistics

extension ResettlementProgress {
    /// Progress from the store: the scope's records and the latest imported Res_D01.
    public static func load(
        store: any SQLStore, published data: PublishedData? = nil, region: Region, scheme: ProgrammeID, settings: ResettlementSettings, asOf: Day
    ) async throws -> ResettlementProgress {
        let records = ResettlementRecords(store: store, scope: RecordScope(region: region.id, scheme: scheme))
        let query = (data ?? PublishedData(store: store)).resettlement
        let vintage = try await query.latestVintage()
        let published: [ResettlementQuery.Arrivals]
        var through: Day?
        if let vintage {
            published = try await query.arrivals(scheme: scheme.rawValue, in: region.lowerTier.map(\.code), vintage: vintage.id)
            through = try await query.lastQuarter(onOrBefore: asOf, vintage: vintage.id)
        } else {
            published = []
        }
        // An area without a module has no records that count (its local-records cells are blank).
        let held = region.coverage.holdsLocalRecords
        return await ResettlementProgress(
            region: region, asOf: asOf, settings: settings, pledges: held ? try records.pledges() : [],
            referrals: held ? try records.referrals() : [],
            matches: held ? try records.matches() : [], arrivals: held ? try records.arrivals() : [], published: published,
            publishedRelease: vintage.map { "Home Office \($0.release) (\($0.sourceFile))" }, publishedThrough: through)
    }
}
