import ModernSlavery
import PartnershipCore
import Testing

struct ModernSlaveryProgrammeTests {
    @Test func recoveryPeriodChangesIn2023() {
        let definition = ModernSlaveryProgramme().settings.first { $0.key == ModernSlaveryProgramme.recoveryDays }!
        #expect(definition.national.inForce(on: Day(iso: "2019-01-01")!)?.value == .integer(45))
        #expect(definition.national.inForce(on: Day(iso: "2024-01-01")!)?.value == .integer(30))
    }

    @Test func referralCountsArePeopleCountsSubjectToSuppression() {
        #expect(ModernSlaveryProgramme().indicators.first { $0.id == "modern-slavery.referrals" }?.countsPeople == true)
    }
}
