import PartnershipCore
import Testing

/// Case references keep personal data out by construction: a name, two name-like words or a date
/// inside a reference is refused; the ids partnerships and the Home Office use pass.
struct CaseReferenceTests {
    @Test(arguments: ["Ahmed-Ali-1985-03-12", "Ahmed-Ali-7", "Maria.Lopez.2", "REF-12/03/1985", "X-1985_03_12", "case-12.3.85"])
    func personalDetailsAreRefused(text: String) {
        guard case .failure(let problem) = CaseReference.parse(text) else {
            Issue.record("\(text) was accepted")
            return
        }
        #expect(problem.description.contains("name") || problem.description.contains("date"))
    }

    @Test(arguments: ["SYN-B1-001", "SYN-NRPF-2-15", "SYN-MS-12-10", "B1234567", "HO/2017/0042", "UNHCR-SYR-16C04213", "EM-UASC-0031"])
    func pseudonymousIdsPass(text: String) throws {
        #expect(try CaseReference.parse(text).get().rawValue == text)
    }
}
