import NRPF
import PartnershipCore
import Testing

struct NRPFProgrammeTests {
    @Test func weeklyCostsAreLocalSettingsWithNoNationalFigure() {
        let settings = NRPFProgramme().settings
        #expect(settings.first { $0.key == NRPFProgramme.weeklyCostFamily }?.national.isEmpty == true)
        #expect(settings.first { $0.key == NRPFProgramme.longCaseDays }?.national.first?.value == .integer(1_000))
        #expect(NRPFProgramme().indicators.first { $0.id == "nrpf.open-cases" }?.countsPeople == true)
    }
}
