import PartnershipCore
import Testing

/// The `source` column and batch ids are shown wherever their records are: they must never carry
/// a person's name, date of birth or age, yet the sources partnerships really write still pass.
@Suite struct SourceTextTests {
    @Test(arguments: [
        "SYNTHETIC (seed 42): generated test data, not real figures", "HO-2017-B3", "UNHCR referral", "Home Office",
        "Durham County Council return 2024-03", "Res_D01 reconciliation", "North East SMP pledges", "batch.csv",
    ])
    func sourcesPartnershipsWritePass(_ text: String) {
        #expect(SourceText.problem(inSource: text) == nil)
    }

    @Test(arguments: [
        ("Ahmed Ali family", "two words shaped like a person's name ('Ahmed Ali')"),
        ("from Mr Hassan", "names a person ('Mr Hassan')"),
        ("DOB 12/03/1985", "date of birth"),
        ("d.o.b. 1985", "date of birth"),
        ("born 1985 in Homs", "date of birth"),
        ("child age 15", "an age"),
        ("first line\nsecond", "one short line"),
        (String(repeating: "x", count: 121), "at most 120"),
    ])
    func personalDetailsAndProseAreRefusedSayingWhy(_ text: String, _ reason: String) {
        let problem = SourceText.problem(inSource: text)
        #expect(problem?.contains(reason) == true, "\(problem ?? "accepted")")
    }

    @Test func batchIdsAreShortCodesWithoutNames() {
        #expect(SourceText.problem(inBatch: "2017-B3") == nil)
        #expect(SourceText.problem(inBatch: "SYN1") == nil)
        #expect(SourceText.problem(inBatch: "Ahmed Ali")?.contains("not a batch id") == true)
        #expect(SourceText.problem(inBatch: "Ahmed-Ali")?.contains("person's name") == true)
        #expect(SourceText.problem(inBatch: String(repeating: "B", count: 33))?.contains("up to 32") == true)
        #expect(SourceText.problem(inBatch: "") != nil)
    }
}
