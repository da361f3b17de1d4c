import CommandLineKit
import Composition
import PartnershipCore
import ProgrammeKit
import PublishedStatistics
import RegionModules
import ResettlementCore
import TestSupport
import Testing

/// Referral and pledge files: names refused, bad counts refused, every problem reported at once.
struct ReferralFileTests {
    static let header = "case_ref,adults,children_under_3,children_3_4,children_5_18,referred_on,needs\n"

    @Test func aGoodBatchIsRead() async throws {
        let parsed = ReferralFile.parse(
            Self.header + "HO-2017-0001,2,0,1,1,2017-05-02,medical;education\nHO-2017-0002,1,0,0,0,2017-05-02,\n", file: "b.csv", batch: "B1")
        let referrals = try #require(parsed.accepted)
        #expect(referrals.map(\.household.size) == [4, 1])
        #expect(referrals[0].needs == [.medical, .education])
        #expect(referrals.allSatisfy { $0.batch == "B1" })
    }

    @Test func aNameColumnRefusesTheFile() {
        let parsed = ReferralFile.parse(
            "case_ref,Full Name,adults,children_under_3,children_3_4,children_5_18,referred_on\nHO-1,X,1,0,0,0,2017-05-02\n", file: "b.csv",
            batch: "B1")
        #expect(parsed.accepted == nil)
        #expect(parsed.diagnostics.contains { $0.field == "Full Name" && $0.message.contains("personal data") })
    }

    @Test func everyBadRowIsReportedWithItsLineAndField() {
        let text =
            Self.header
            + [
                "Ahmed Ali,2,0,0,1,2017-05-02,",  // a name where the case reference goes
                "HO-2017-0003,-1,0,0,0,2017-05-02,",  // negative size
                "HO-2017-0004,0,0,0,0,2017-05-02,",  // nobody
                "HO-2017-0005,2,0,0,0,2017-13-02,flying",  // bad date, unknown need
                "HO-2017-0005,1,0,0,0,2017-05-02,",  // duplicate reference
            ].joined(separator: "\n")
        let errors = ReferralFile.parse(text, file: "batch.csv", batch: "B1").diagnostics.errors
        let found = errors.map { "\($0.line ?? 0) \($0.field ?? "")" }
        #expect(found.contains("2 case_ref"))
        #expect(errors.first { $0.line == 2 }?.message.contains("name") == true)
        #expect(found.contains("3 adults"))
        #expect(found.contains("4 adults"))
        #expect(found.contains("5 referred_on") && found.contains("5 needs"))
        #expect(found.contains("6 case_ref"))
        #expect(errors.allSatisfy { $0.file == "batch.csv" })
    }

    @Test func caseReferencesMustBePseudonymous() {
        for name in ["Fatima", "Omar Haddad", "O'Brien", "Anne-Marie"] {
            guard case .failure(.looksLikeName) = CaseReference.parse(name) else { Issue.record("\(name) accepted"); continue }
        }
        for ref in ["HO-2017-0001", "UNHCR/123456", "SYN-B1-001"] {
            guard case .success = CaseReference.parse(ref) else { Issue.record("\(ref) refused"); continue }
        }
    }

    @Test func pledgeFileProblemsAreAllReported() async throws {
        let catalog = RegionCatalog(folder: RepositoryPaths.regions, registry: try StandardProgrammes.registry().platform.programmes)
        let region = try #require(catalog.region("east-midlands"))
        let text = """
            la,financial_year,places,status,household_types
            Derby,2017-18,40,firm,family;large-family
            Derbyy,2017/19,-3,maybe,family;castle
            Derby,2017-18,10,firm,family
            """
        let parsed = PledgeFile.parse(text, file: "pledges.csv", region: region)
        let fields = parsed.diagnostics.errors.map { "\($0.line ?? 0) \($0.field ?? "")" }
        #expect(parsed.accepted == nil)
        #expect(Set(fields).isSuperset(of: ["3 la", "3 financial_year", "3 places", "3 status", "3 household_types", "4 la"]))
        #expect(parsed.diagnostics.first { $0.line == 3 && $0.field == "la" }?.message.contains("Did you mean 'Derby'") == true)
    }
}
