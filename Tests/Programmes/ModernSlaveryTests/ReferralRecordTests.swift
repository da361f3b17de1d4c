import CommandLineKit
import Composition
import ModernSlavery
import PartnershipCore
import PartnershipStore
import ProgrammeKit
import PublishedStatistics
import RegionModules
import Reporting
import TestSupport
import Testing

/// The region's referral records: consent and Duty to Notify, decision order, every problem at
/// once, the store on every engine; and the UK tables read exactly.
struct ReferralRecordTests {
    static let region: Region = RegionCatalog(folder: RepositoryPaths.regions, registry: try! StandardProgrammes.registry().platform.programmes)
        .region("east-midlands")!

    @Test func aBadReferralFileNamesEveryProblemAndImportsNothing() {
        let header =
            "ref,responder_org,responder_type,la,referred_on,age_group,exploitation,gender,nationality,location,consent,rg_outcome,rg_on,cg_outcome,cg_on"
        let text = [
            header,
            "John Smith,Derby City Council,local-authority,Derby,2024-02-01,adult,labour,male,British,uk,given,,,,",
            "MS-2,Derby City Council,local-authority,Derby,2024-02-01,child,sexual,female,British,uk,withheld,,,,",
            "MS-3,Police,police,Derby,2024-02-01,adult,criminal,male,Albanian,uk,withheld,positive,2024-02-05,,",
            "MS-4,NGO,ngo,Derby,2024-02-01,adult,labour,male,Romanian,overseas,given,negative,2024-02-05,positive,2024-06-01",
            "MS-5,NGO,ngo,Derby,2024-02-01,adult,labour,male,Romanian,overseas,given,positive,2024-01-20,,",
            "MS-6,NGO,ngo,Derby,2024-02-01,adult,,male,Romanian,overseas,given,,,,",
        ].joined(separator: "\n")
        let parsed = ReferralRecordFile.parse(text, file: "referrals.csv", region: Self.region)
        #expect(parsed.accepted == nil)
        let messages = parsed.diagnostics.errors.map(\.description)
        #expect(messages.contains { $0.contains("referrals.csv:2") && $0.contains("looks like a person's name") })
        #expect(messages.contains { $0.contains("referrals.csv:3") && $0.contains("a child's referral needs no consent") })
        #expect(messages.contains { $0.contains("referrals.csv:4") && $0.contains("Duty to Notify") })
        #expect(messages.contains { $0.contains("referrals.csv:5") && $0.contains("follows a positive reasonable-grounds decision") })
        #expect(messages.contains { $0.contains("referrals.csv:6") && $0.contains("is before 2024-02-01") })
        #expect(messages.contains { $0.contains("referrals.csv:7") && $0.contains("at least one type") })
        #expect(messages.count == 6, "\(messages)")
    }

    @Test(arguments: StoreEngine.available)
    func reimportsReplaceAndKPIsAddUp(engine: StoreEngine) async throws {
        let records = await ModernSlaveryRecords(store: try engine.open(StandardProgrammes.registry().platform.schema()), region: Self.region.id)
        let referrals = try #require(
            ReferralRecordFile.parse(SyntheticReferrals(region: Self.region, seed: 9, count: 60).csv(), file: "r.csv", region: Self.region).accepted)
        #expect(try await records.replace(with: referrals) == 0)
        #expect(try await records.replace(with: referrals) == 60)
        let stored = try await records.referrals()
        #expect(Set(stored) == Set(referrals))
        let kpis = try ReferralKPIs(stored, calendar: .englandAndWales) { _ in 5 }
        #expect(kpis.referrals + kpis.dutyToNotify == 60)
        #expect(kpis.byAge.values.reduce(0, +) == kpis.referrals)
        #expect(kpis.rgWithinTarget <= kpis.rgDecisions && kpis.rgPositive <= kpis.rgDecisions)
        #expect(stored.filter(\.isDutyToNotify).allSatisfy { $0.reasonableGrounds == nil && $0.ageGroup != .child })
    }

    @Test func theUKTablesAreReadAsPublished() async throws {
        let store = try await Evaluation.emptyStore(try StandardProgrammes.registry().platform)
        for (file, table) in PublishedDataset.nrm.bundled {
            _ = try await TableImporter(store: store).importFile(BundledData.file(file), as: table)
        }
        let report = try await NRMNationalReport(published: PublishedData(store: store))
        // Home Office: 17,004 potential victims referred in 2023.
        #expect(report.referrals.filter { $0.year == 2023 }.reduce(0) { $0 + $1.people } == 17_004)
        let firstResponders = report.firstResponderSections()
        #expect(firstResponders.first?.notes.first?.contains("1017 referrals") == true)
    }
}
