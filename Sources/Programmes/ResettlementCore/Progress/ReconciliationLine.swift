import PartnershipCore
import PublishedStatistics

/// People arrived in one LA in one quarter by the partnership's records and by Res_D01.
public struct ReconciliationLine: Hashable, Sendable {
    public let quarterEnd: Day
    public let laCode: ONSCode
    public let local: Int
    public let published: Int

    public var difference: Int { local - published }

    /// Every LA and quarter of the region where either side has arrivals, in quarter then LA order.
    public static func compare(region: Region, local: [Arrival], published: [ResettlementQuery.Arrivals]) -> [ReconciliationLine] {
        let codes = Set(region.lowerTier.map(\.code))
        struct Key: Hashable { let quarterEnd: Day; let code: ONSCode }
        var sides: [Key: (local: Int, published: Int)] = [:]
        for arrival in local where codes.contains(arrival.laCode) {
            sides[Key(quarterEnd: Quarter(containing: arrival.arrivedOn).endDay, code: arrival.laCode), default: (0, 0)].local += arrival.persons
        }
        for row in published {
            guard let code = row.laCode, codes.contains(code) else { continue }
            sides[Key(quarterEnd: row.quarterEnd, code: code), default: (0, 0)].published += row.persons
        }
        return sides.map {
            ReconciliationLine(quarterEnd: $0.key.quarterEnd, laCode: $0.key.code, local: $0.value.local, published: $0.value.published)
        }
        .sorted { ($0.quarterEnd, $0.laCode.rawValue) < ($1.quarterEnd, $1.laCode.rawValue) }
    }
}
