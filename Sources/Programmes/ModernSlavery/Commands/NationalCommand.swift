import ArgumentParser
import CommandLineKit
import PublishedStatistics
import Reporting

/// `smp modern-slavery national [--year YYYY]`: the Home Office NRM tables as published (UK).
struct NationalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "national", abstract: "UK NRM referrals, RG and CG decisions and local-authority first responders, from the Home Office tables.")
    @Option(name: .long, help: "A year: referrals by quarter, and that year's decisions (default: every year, and the latest year's decisions).")
    var year: Int?
    @OptionGroup var database: DatabaseOption
    @OptionGroup var output: FormatOption

    func run() async throws {
        let store = try await database.openWithData()
        let report: NRMNationalReport
        do { report = try await NRMNationalReport(published: PublishedData(store: store)) } catch let error as NRMUnavailable {
            throw CommandError(error.description)
        }
        if let year, !report.years.contains(year) {
            throw CommandError("no NRM referrals for \(year): the imported table covers \(report.years.first ?? 0) to \(report.years.last ?? 0)")
        }
        let decisionYear = year ?? report.reasonableGrounds.map(\.year).max() ?? report.years.last ?? 0
        try output.emit(
            Report(
                title: "Modern slavery: UK NRM statistics",
                sections: [
                    report.referralsSection(year: year), report.decisionsSection(.reasonableGrounds, year: decisionYear),
                    report.decisionsSection(.conclusiveGrounds, year: decisionYear),
                ] + report.firstResponderSections(),
                notes: [NRMNationalReport.noRegion]))
    }
}
