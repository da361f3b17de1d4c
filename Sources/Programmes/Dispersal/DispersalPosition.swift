import PartnershipCore
import PublishedStatistics
import Reporting

/// A region's dispersal position at the Asy_D11 quarter end on or before a day, with the settings
/// in force then: the one computation behind `dispersal status`, `trend`, `plan`, `widening`, the
/// indicators in `compare` and the dispersal part of a region's report.
public struct DispersalPosition: Sendable {
    public let region: Region
    public let settings: DispersalSettings
    public let figures: DispersalFigures
    public let snapshot: Day
    /// How far back the position read.
    public let reach: Reach
    /// The quarter ends read: the snapshot alone, the snapshot and the early warning's window
    /// before it, or every quarter end up to the snapshot (see `Reach`).
    public let snapshots: [Day]
    /// People on the basis per LA and quarter end: every LA at the snapshot (shares of the
    /// nation), the region's LAs at the other quarter ends read (every LA for a history).
    public let counts: [Day: [ONSCode: Int]]
    /// People in dispersal accommodation per LA, the evidence of participation: every LA at the
    /// snapshot (at every quarter end for a history).
    public let dispersed: [Day: [ONSCode: Int]]

    /// How far back the early warning reads: 12 years of quarter ends, more than the published
    /// series had in 2024 (43 quarters), so a position costs the same however much is stored.
    public static let windowYears = 12

    /// How many quarter ends a position reads, up to its snapshot.
    public enum Reach: Sendable {
        /// The snapshot alone, every LA: what `status`, `plan` and `widening` show.
        case quarter
        /// The early warning's window (`windowYears`) on the count basis for the region's LAs, and
        /// every LA at the snapshot.
        case earlyWarning
        /// Every quarter end up to the snapshot, every LA: `trend` and `hotels`.
        case history
    }

    /// Throws `DispersalError` when nothing is imported or no quarter end is on or before `asOf`;
    /// `basis` overrides the region's count basis; `sharedWindow` reads the early warning's window
    /// for every LA once per command, for the thirteen areas of a comparison.
    public init(
        region: Region, published: PublishedData, location: String, asOf: Day?, basis: CountBasis? = nil, reach: Reach = .earlyWarning,
        sharedWindow: Bool = false
    ) async throws {
        guard let figures = try await DispersalFigures(published: published) else { throw DispersalError.noFigures(location: location) }
        guard let snapshot = try await figures.snapshot(asOf: asOf) else {
            let first = try await figures.snapshots().first
            throw DispersalError.noQuarter(before: asOf?.description ?? "?", first: first?.description ?? "?")
        }
        var settings = try DispersalProgramme().settings(for: region, on: snapshot)
        if let basis { settings = settings.with(basis: basis) }
        self.region = region
        self.figures = figures
        self.snapshot = snapshot
        self.settings = settings
        self.reach = reach
        let bases = Self.bases(settings.countBasis)
        var counts: [Day: [ONSCode: Int]], dispersed: [Day: [ONSCode: Int]]
        switch reach {
        case .quarter:
            snapshots = [snapshot]
            (counts, dispersed) = try await Self.quarter(figures, on: bases, at: snapshot)
        case .earlyWarning:
            // The forecast needs the basis over the window; the evidence of participation (people
            // in dispersal accommodation) only at the snapshot, read with every LA's count there.
            async let now = Self.quarter(figures, on: bases, at: snapshot)
            (snapshots, counts) = try await Self.window(
                figures, on: settings.countBasis, through: snapshot, in: sharedWindow ? nil : region.lowerTier.map(\.code))
            let atSnapshot = try await now
            counts[snapshot] = atSnapshot.counts[snapshot] ?? [:]
            dispersed = atSnapshot.dispersed
        case .history:
            snapshots = try await figures.snapshots(from: nil, through: snapshot)
            let read = try await figures.counts(on: bases, from: nil, through: snapshot)
            (counts, dispersed) = (read[0], read[1])
        }
        self.counts = counts
        self.dispersed = dispersed
    }

    /// What a position counts: people on the count basis, and people in dispersal accommodation
    /// (the evidence of participation), in that order.
    private static func bases(_ basis: CountBasis) -> [CountBasis] { [basis, .dispersedOnly] }

    /// Every LA's counts on `bases` (see `bases`) at the snapshot.
    private static func quarter(
        _ figures: DispersalFigures, on bases: [CountBasis], at snapshot: Day
    ) async throws -> (counts: [Day: [ONSCode: Int]], dispersed: [Day: [ONSCode: Int]]) {
        let read = try await figures.counts(on: bases, from: snapshot, through: snapshot)
        return (read[0], read[1])
    }

    /// The early warning's window up to `snapshot`: its quarter ends, and the counts on `basis` in
    /// them for the LAs given (every LA when nil).
    private static func window(
        _ figures: DispersalFigures, on basis: CountBasis, through snapshot: Day, in codes: [ONSCode]?
    ) async throws -> ([Day], [Day: [ONSCode: Int]]) {
        let from = snapshot.adding(years: -windowYears)
        async let quarters = figures.snapshots(from: from, through: snapshot)
        let read = try await figures.counts(on: basis, from: from, through: snapshot, in: codes)
        return (try await quarters, read)
    }

    /// Reads what a comparison's areas share on `day`, before the areas are known: the early
    /// warning's window for every LA on the national count basis and every LA's counts at the
    /// snapshot (an area whose module sets another basis reads its own). Nothing when no Asy_D11 is
    /// imported or no quarter end is on or before `day`.
    public static func readAhead(on day: Day, published: PublishedData) async throws {
        guard let figures = try await DispersalFigures(published: published), let snapshot = try await figures.snapshot(asOf: day) else { return }
        let programme = DispersalProgramme()
        let national = try programme.typedSettings(ResolvedSettings(definitions: programme.settings, overrides: [:], on: snapshot))
        async let now = quarter(figures, on: bases(national.countBasis), at: snapshot)
        _ = try await window(figures, on: national.countBasis, through: snapshot, in: nil)
        _ = try await now
    }

    /// The LAs against their limits at a quarter end (the position's by default); `includeUnknown`
    /// counts LAs of unknown participation as participating (for a plan that asks for it).
    public func assessment(at day: Day? = nil, includeUnknown: Bool = false) -> ClusterAssessment {
        let day = day ?? snapshot
        let here = counts[day] ?? [:]
        return ClusterAssessment(
            lowerTier: region.lowerTier, settings: includeUnknown ? settings.includingUnknown() : settings, counts: here,
            nationalCount: figures.nationalCount(here), snapshot: day, dispersed: dispersed[day] ?? [:])
    }

    /// Which LAs the limit and headroom cover, and which are left out and why.
    public var coverage: String {
        let assessment = assessment()
        let rule = "participation rule: \(settings.rule.rawValue)\(settings.ruleSource.map { " (\($0))" } ?? "")"
        var parts = ["Limit and headroom cover the \(assessment.participating.count) participating LAs (\(rule))"]
        if !assessment.notParticipating.isEmpty {
            parts.append("left out as not participating: \(assessment.notParticipating.map(\.name).joined(separator: ", "))")
        }
        if !assessment.unknownParticipation.isEmpty {
            parts.append(
                "left out as participation unknown (nothing declares it): \(assessment.unknownParticipation.map(\.name).joined(separator: ", "))")
        }
        return parts.joined(separator: "; ") + "."
    }

    /// Where the Home Office data disagrees with the declared participation: people in dispersal
    /// accommodation in an LA declared not participating, or of unknown participation.
    public var participationConflicts: [String] {
        let here = dispersed[snapshot] ?? [:]
        return region.lowerTier.compactMap { la in
            let people = here[la.code, default: 0]
            guard people > 0 else { return nil }
            switch settings.participation(la, dispersed: people, on: snapshot) {
            case .notParticipating(let because):
                return "Warning: \(la.name) is \(because), yet \(people) people were in dispersal accommodation at \(snapshot) (Asy_D11)."
            case .unknown, .participating:
                return nil
            }
        }
    }

    /// The notes every dispersal output carries: sources, as-of dates, the basis and the rule.
    public var notes: [String] {
        [
            "Supported people: \(figures.source), quarter end \(snapshot).",
            "Count basis: \(settings.countBasis.label) (--basis to change).",
            "Cluster limit: 1 per \(settings.clusterRatio) residents, rounded down (\(settings.clusterRatioSource ?? "national rule")); near "
                + "= within \(Int(settings.nearMargin * 100))% of the limit.",
            "Population: \(populationVintages) (ONS mid-2019 estimates) from the region module \(region.id).",
        ]
    }

    var populationVintages: String { Set(region.lowerTier.map(\.populationVintage)).sorted().joined(separator: "; ") }

    /// The region's dispersal indicators at the quarter end, each with its source.
    public var indicators: IndicatorValues {
        let assessment = assessment()
        let source = "\(figures.source); count basis: \(settings.countBasis.label)"
        let limitSource =
            "1 per \(settings.clusterRatio) residents (\(settings.clusterRatioSource ?? "national rule")) over participating LAs; population "
            + "\(populationVintages)"
        var values = IndicatorValues()
        values.set("dispersal.supported", Double(assessment.count), asOf: snapshot, source: source)
        values.set(DispersalRules.limitIndicator, Double(assessment.limit), asOf: snapshot, source: limitSource)
        values.set("dispersal.headroom", Double(assessment.headroom), asOf: snapshot, source: source + "; " + limitSource)
        values.set("dispersal.las-over-limit", Double(assessment.atOrOverLimit), asOf: snapshot, source: source + "; " + limitSource)
        values.set("dispersal.rate-per-10000", assessment.ratePer10000, asOf: snapshot, source: source + "; population \(populationVintages)")
        let outlook = DispersalOutlook(position: self)
        let flagged = outlook.flagged.map(\.name)
        values.set(
            "dispersal.outlook-flagged", Double(flagged.count), asOf: snapshot,
            source: "early warning (damped trend, 'smp dispersal outlook'): " + (flagged.isEmpty ? "none flagged" : flagged.joined(separator: ", "))
                + "; " + source + "; " + limitSource,
            period: "next 2 quarters")
        return values
    }

    /// Every LA against its limit, with the region's totals: `dispersal status` and the report.
    public var statusSection: ReportSection {
        let assessment = assessment()
        var rows: [[ReportCell]] = assessment.positions.map { position in
            let off = !position.status.isParticipating
            return [
                .text(position.name), .text(position.code.rawValue), .count(position.population), .count(position.limit),
                off && position.count == 0 ? .noData(position.status.rawValue) : .count(position.count),
                position.residentsPerPerson.map { .oneIn($0) } ?? .noData("none placed"),
                off ? .noData(position.status.rawValue) : .count(position.headroom),
                .text(position.status.rawValue), .rate(position.ratePer10000), .percentage(position.shareOfRegion * 100),
                .percentage(position.shareOfNation * 100, places: 2),
            ]
        }
        let national = figures.nationalCount(counts[assessment.snapshot] ?? [:])
        rows.append([
            .text("Region total"), .text(region.id), .count(assessment.population), .count(assessment.limit), .count(assessment.count),
            assessment.count > 0 ? .oneIn(assessment.population / assessment.count) : .noData("none placed"),
            .count(assessment.headroom), .text("\(assessment.atOrOverLimit) at or over"), .rate(assessment.ratePer10000), .percentage(100),
            .percentage(national > 0 ? Double(assessment.count) / Double(national) * 100 : 0, places: 2),
        ])
        return ReportSection(
            title: "\(region.name): dispersal at \(assessment.snapshot)",
            columns: [
                .init("LA"), .init("code"), .init("population", .right), .init("limit", .right), .init("count", .right), .init("ratio", .right),
                .init("headroom", .right), .init("status"), .init("per 10,000", .right), .init("% of region", .right), .init("% of UK", .right),
            ],
            rows: rows, notes: notes + [coverage] + participationConflicts,
            charts: [
                .bars(
                    title: "Supported asylum seekers per LA against its cluster limit, \(assessment.snapshot)",
                    bars: assessment.positions.filter(\.status.isParticipating).map { position in
                        ReportChart.Bar(
                            label: position.name, value: Double(position.count), reference: Double(position.limit),
                            flag: position.status == .under ? nil : position.status.rawValue)
                    }, referenceLabel: "cluster limit")
            ])
    }
}
