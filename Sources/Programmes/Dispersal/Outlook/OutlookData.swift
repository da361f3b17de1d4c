import PartnershipCore
import PublishedStatistics

/// Every English lower-tier LA's counts per quarter end on the default basis, with its cluster
/// limit (ONS mid-2019 residents / 200): what the backtest scores the methods on.
enum OutlookData {
    static func backtest(figures: DispersalFigures, basis: CountBasis = .dispersedPlusSection4, ratio: Int = 200) async throws -> OutlookBacktest {
        let counts = try await figures.counts(on: basis), snapshots = try await figures.snapshots()
        let listing = ONSRegionListing()
        var series: [OutlookBacktest.Series] = []
        for region in EnglishRegion.all {
            for row in try listing.rows(for: region.code) where row.tier.isLowerTier {
                series.append(
                    OutlookBacktest.Series(
                        code: row.code, limit: row.population / ratio, counts: snapshots.map { counts[$0]?[row.code] ?? 0 }))
            }
        }
        return OutlookBacktest(days: snapshots, series: series)
    }
}
