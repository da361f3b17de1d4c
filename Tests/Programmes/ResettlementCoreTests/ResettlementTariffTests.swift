import PartnershipCore
import ResettlementCore
import Testing

struct ResettlementTariffTests {
    @Test func fiveYearTariffTotals20520() {
        let day = Day(iso: "2016-11-15")!
        let resolved = ResettlementTariffs.settings.map { $0.national.inForce(on: day)?.value.doubleValue ?? 0 }
        #expect(resolved.prefix(5).reduce(0, +) == 20_520)
        #expect(resolved[5] == 4_500 && resolved[6] == 2_250)
    }

    @Test func schemesShareTariffsButNotIndicatorIDs() {
        let vprs = ResettlementScheme(id: "vprs", title: "V", summary: "s"), vcrs = ResettlementScheme(id: "vcrs", title: "C", summary: "s")
        #expect(vprs.settings.map(\.key) == vcrs.settings.map(\.key))
        #expect(Set(vprs.indicators.map(\.id)).isDisjoint(with: vcrs.indicators.map(\.id)))
    }
}
