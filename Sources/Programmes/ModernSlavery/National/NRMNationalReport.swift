import PartnershipCore
import PublishedStatistics
import Reporting

/// The Home Office NRM statistics as published: UK referrals by age group and location of
/// exploitation, reasonable- and conclusive-grounds decisions and their positive rates, and one
/// quarter's referrals by local-authority first responders. The tables have no regional
/// breakdown, and every section says so.
public struct NRMNationalReport: Sendable {
    public let referrals: [NRMQuery.ReferralCell]
    public let reasonableGrounds: [NRMQuery.DecisionCell]
    public let conclusiveGrounds: [NRMQuery.DecisionCell]
    public let firstResponders: [NRMQuery.FirstResponderCell]

    public static let source = "Home Office, Modern Slavery: NRM and DtN statistics (UK)"
    public static let noRegion =
        "UK figures: the Home Office tables shipped with the platform have no breakdown by region, police force area or LA, so no regional "
        + "figure is derived from them."

    public init(published: PublishedData) async throws {
        guard let referrals = try await published.nrm.referralCells() else {
            throw NRMUnavailable("the NRM referrals table is not imported ('smp import --bundled' or 'smp import nrm-referrals FILE')")
        }
        self.referrals = referrals
        reasonableGrounds = try await published.nrm.decisionCells(stage: .reasonableGrounds) ?? []
        conclusiveGrounds = try await published.nrm.decisionCells(stage: .conclusiveGrounds) ?? []
        firstResponders = try await published.nrm.firstResponderCells() ?? []
    }

    static func quarterEnd(_ year: Int, _ quarter: Int) -> Day {
        Quarter(year: year, number: min(4, max(1, quarter)))?.endDay ?? Day(year: year, month: 12, day: 31) ?? Day(year: 2000, month: 1, day: 1)!
    }

    public var years: [Int] { Array(Set(referrals.map(\.year))).sorted() }

    static let ageColumns = [("Adult (18 or over)", "adult"), ("Child (17 or under)", "child"), ("Age not specified or unknown", "age not known")]
    static let locationColumns = [
        ("UK", "UK"), ("Overseas", "overseas"), ("UK and Overseas", "UK and overseas"), ("Not specified or unknown", "location not known"),
    ]

    /// Referrals per year, or per quarter of one year, by age group and location.
    public func referralsSection(year: Int?) -> ReportSection {
        let chosen = year.map { y in referrals.filter { $0.year == y } } ?? referrals
        let periods: [(label: String, cells: [NRMQuery.ReferralCell], asOf: Day)] =
            if let year {
                (1...4).compactMap { q in
                    let cells = chosen.filter { $0.quarter == q }
                    return cells.isEmpty ? nil : ("\(year) Q\(q)", cells, Self.quarterEnd(year, q))
                } + [("\(year)", chosen, Self.quarterEnd(year, chosen.map(\.quarter).max() ?? 4))]
            } else {
                years.map { y in
                    let cells = referrals.filter { $0.year == y }
                    return (
                        "\(y)" + (Set(cells.map(\.quarter)).count < 4 ? " (Q\(cells.map(\.quarter).min()!)-Q\(cells.map(\.quarter).max()!))" : ""),
                        cells,
                        Self.quarterEnd(y, cells.map(\.quarter).max() ?? 4)
                    )
                }
            }
        let rows: [[ReportCell]] = periods.map { period in
            [.text(period.label)]
                + Self.ageColumns.map { age in ReportCell(.count(period.cells.filter { $0.ageGroup == age.0 }.reduce(0) { $0 + $1.people })) }
                + Self.locationColumns.map { location in
                    ReportCell(.count(period.cells.filter { $0.location == location.0 }.reduce(0) { $0 + $1.people }))
                }
                + [ReportCell(.count(period.cells.reduce(0) { $0 + $1.people }), source: Self.source, asOf: period.asOf)]
        }
        return ReportSection(
            title: "NRM referrals, UK\(year.map { ", \($0) by quarter" } ?? ", by year")",
            columns: [.init("period")] + (Self.ageColumns + Self.locationColumns).map { .init($0.1, .right) } + [.init("total", .right)],
            rows: rows,
            notes: [
                "Source: \(Self.source), referrals by age at exploitation and location of exploitation (ho-nrm_referrals_longitudinal.csv), "
                    + "\(referrals.first.map { "\($0.year) Q\($0.quarter)" } ?? "?") to \(referrals.last.map { "\($0.year) Q\($0.quarter)" } ?? "?").",
                Self.noRegion,
            ])
    }

    /// Decisions at one stage in a year by age group, with the positive rate.
    public func decisionsSection(_ stage: NRMDecisionsTable.Stage, year: Int) -> ReportSection {
        let cells = (stage == .reasonableGrounds ? reasonableGrounds : conclusiveGrounds).filter { $0.year == year }
        func line(_ label: String, _ group: [NRMQuery.DecisionCell]) -> [ReportCell] {
            let positive = group.filter { $0.outcome == "positive" }.reduce(0) { $0 + $1.people }
            let negative = group.filter { $0.outcome == "negative" }.reduce(0) { $0 + $1.people }
            let total = positive + negative
            return [
                .text(label), .count(positive), .count(negative), .count(total),
                total > 0 ? .percentage(Double(positive) / Double(total) * 100) : .noData("no decisions"),
            ]
        }
        let quarters = Set(cells.map(\.quarter)).sorted()
        return ReportSection(
            title:
                "NRM \(stage.rawValue) decisions, UK, \(year)\(quarters.count < 4 && !quarters.isEmpty ? " (Q\(quarters.first!)-Q\(quarters.last!))" : "")",
            columns: [
                .init("age group"), .init("positive", .right), .init("negative", .right), .init("total", .right), .init("positive rate", .right),
            ],
            rows: Self.ageColumns.map { age in line(age.1, cells.filter { $0.ageGroup == age.0 }) } + [line("all", cells)],
            notes: [
                cells.isEmpty
                    ? "No \(stage.rawValue) decisions imported for \(year)." : "Source: \(Self.source), \(stage.rawValue) decisions by age group.",
                Self.noRegion,
            ])
    }

    /// Referrals made by local-authority first responders (all LAs together) in the quarter the table covers.
    public func firstResponderSections(topNationalities: Int = 10) -> [ReportSection] {
        let la = firstResponders.filter { $0.firstResponder == "Local Authority" }
        guard let period = firstResponders.first.map({ "\($0.year) Q\($0.quarter)" }) else { return [] }
        func total(_ filter: (NRMQuery.FirstResponderCell) -> Bool) -> Int { la.filter(filter).reduce(0) { $0 + $1.people } }
        let byType = la.filter { $0.ageGroup == "Total" && $0.gender == "Total" && $0.nationality == "Total" }.sorted { $0.people > $1.people }
        let ages = Self.ageColumns.map { age in
            (
                age.1,
                total {
                    $0.ageGroup == (age.0 == "Age not specified or unknown" ? "Not specified or unknown" : age.0) && $0.gender == "Total"
                        && $0.nationality == "Total"
                }
            )
        }
        let genders = ["Female", "Male", "Other"].map { g in
            (g.lowercased(), total { $0.ageGroup != "Total" && $0.gender == g && $0.nationality == "Total" })
        }
        var nationalities: [String: Int] = [:]
        for cell in la where cell.ageGroup == "Total" && cell.gender == "Total" && cell.nationality != "Total" {
            nationalities[cell.nationality, default: 0] += cell.people
        }
        let all = byType.reduce(0) { $0 + $1.people }
        let notes = [
            "Source: \(Self.source), referrals by local-authority first responders, \(period) (ho-nrm_referrals_local-authority_2023_q4.csv): "
                + "all LAs together, not per LA; \(all) referrals.",
            Self.noRegion,
        ]
        return [
            ReportSection(
                title: "NRM referrals by local-authority first responders, \(period), by exploitation type",
                columns: [.init("exploitation type"), .init("referrals", .right)],
                rows: byType.map { [.text($0.exploitationType), .count($0.people)] },
                notes: notes),
            ReportSection(
                title: "... by age at exploitation and by gender",
                columns: [.init("group"), .init("referrals", .right)],
                rows: ages.map { [.text($0.0), .count($0.1)] } + genders.map { [.text($0.0), .count($0.1)] }, notes: []),
            ReportSection(
                title: "... by nationality (the \(topNationalities) most frequent)",
                columns: [.init("nationality"), .init("referrals", .right)],
                rows: nationalities.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(topNationalities).map {
                    [.text($0.key), .count($0.value)]
                },
                notes: []),
        ]
    }
}

/// The NRM tables are not in the store.
public struct NRMUnavailable: Error, CustomStringConvertible, Sendable {
    public let description: String
    public init(_ description: String) { self.description = description }
}
