import PartnershipCore

/// The tariffs in force on one arrival day, read from the dated national settings: per person
/// for each of the five years after arrival, and the year-1 education tariffs per child.
public struct TariffSchedule: Hashable, Sendable {
    /// Pounds per person, years 1-5 after arrival.
    public let perPerson: [Int]
    public let education5to18: Int
    public let education3to4: Int
    /// The instruction the year-1 rate comes from, for notes.
    public let source: String

    public init(perPerson: [Int], education5to18: Int, education3to4: Int, source: String) {
        self.perPerson = perPerson
        self.education5to18 = education5to18
        self.education3to4 = education3to4
        self.source = source
    }

    /// Nil when a tariff is not in force on the day the settings were resolved for (e.g. before
    /// the first funding instruction).
    public init?(_ settings: ResolvedSettings) {
        let years = ResettlementTariffs.yearKeys.compactMap { settings.integer($0) }
        guard years.count == ResettlementTariffs.yearKeys.count, let school = settings.integer(ResettlementTariffs.education5to18),
            let early = settings.integer(ResettlementTariffs.education3to4)
        else { return nil }
        self.init(
            perPerson: years, education5to18: school, education3to4: early,
            source: settings[ResettlementTariffs.yearKeys[0]]?.source ?? "national tariff")
    }

    /// Pounds due for tariff year `year` (1-5) for a household.
    public func amount(year: Int, for household: Household) -> Int {
        var total = perPerson[year - 1] * household.size
        if year == 1 { total += education5to18 * household.children5to18 + education3to4 * household.children3to4 }
        return total
    }
}
