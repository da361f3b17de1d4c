import PartnershipCore

/// The national dispersal rules and the indicators the programme publishes.
public enum DispersalRules {
    public static let clusterRatio = "cluster-ratio"
    public static let countBasis = "count-basis"
    public static let nearMargin = "near-margin"
    public static let notParticipating = "not-participating"
    public static let participationRule = "participation-rule"
    public static let fullDispersalAllocation = "full-dispersal-allocation"
    /// What the national record says about the regional allocations under full dispersal.
    public static let allocationRule =
        "under full dispersal each region was given an allocation proportionate to its population (London Councils member briefing, "
        + "'Asylum dispersal', 2022)"
    /// The day full dispersal took effect, for messages.
    public static let fullDispersalFrom = Day(year: 2022, month: 4, day: 13)!
    public static let limitIndicator = "dispersal.limit"

    public static let settings: [SettingDefinition] = [
        SettingDefinition(
            key: clusterRatio, title: "Cluster limit: residents per supported asylum seeker", kind: .integer(50...10_000),
            unit: "residents",
            national: [
                DatedValue(
                    .integer(200), from: Day(year: 2000, month: 4, day: 1)!,
                    source:
                        "Home Office advisory cluster limit, 2000 regional dispersal policy (written answer, James Brokenshire, 6 Mar 2015; "
                        + "day of month not stated, 1 Apr 2000 used)"
                )
            ]),
        SettingDefinition(
            key: countBasis, title: "Who counts against the limit", kind: .choice(CountBasis.allCases.map(\.rawValue)),
            national: [
                DatedValue(
                    .text(CountBasis.dispersedPlusSection4.rawValue), from: Day(year: 2000, month: 4, day: 1)!,
                    source:
                        "Platform default: the sources do not define who counts (DOMAIN.md 1.1); Section 95 in dispersal accommodation plus Section 4"
                )
            ]),
        SettingDefinition(
            key: nearMargin, title: "Share of the limit at which an LA is 'near' it", kind: .number(0...0.5),
            national: [DatedValue(.number(0.1), from: Day(year: 2000, month: 4, day: 1)!, source: "Platform default (within 10% of the limit)")]),
        SettingDefinition(
            key: notParticipating, title: "LAs that do not take dispersals (agreed exceptions under full dispersal; give the source)",
            kind: .localAuthorities),
        SettingDefinition(
            key: fullDispersalAllocation,
            title: "The region's allocation under full dispersal (people in dispersal accommodation the region was asked to reach; give the source)",
            kind: .integer(0...1_000_000), unit: "people"),
        SettingDefinition(
            key: participationRule, title: "Which LAs are dispersal areas", kind: .choice(ParticipationRule.allCases.map(\.rawValue)),
            national: [
                DatedValue(
                    .text(ParticipationRule.declared.rawValue), from: Day(year: 2000, month: 4, day: 1)!, to: Day(year: 2022, month: 4, day: 12)!,
                    source:
                        "Voluntary agreements between LAs and the Home Office (Home Affairs Committee, 'Asylum accommodation: replacing COMPASS', "
                        + "HC 1758, 2017-19, paras 65-67): an LA disperses only where it agreed to"),
                DatedValue(
                    .text(ParticipationRule.fullDispersal.rawValue), from: fullDispersalFrom,
                    source:
                        "Full dispersal: the Home Office moved 'with immediate effect' to a full dispersal model in England, Scotland and Wales, "
                        + "announced 13 Apr 2022 in its letter to local authorities (ministerial written answer citing that correspondence; "
                        + "progress reported in written answer UIN 38604, 25 Jul 2022)"),
            ], regionMayOverride: false),
    ]

    public static let indicators: [IndicatorDefinition] = [
        IndicatorDefinition(
            id: "dispersal.supported", title: "Supported asylum seekers counted against the limit", unit: .people,
            definition: "People on Home Office asylum support in the region's LAs on the count basis, at the quarter end"),
        IndicatorDefinition(
            id: limitIndicator, title: "Cluster limit (participating LAs)", unit: .people,
            definition:
                "Sum over participating LAs of floor(population / cluster ratio); LAs not participating or of unknown participation are left out",
            origin: .publishedAndPopulation),
        IndicatorDefinition(
            id: "dispersal.headroom", title: "Headroom under the limit", unit: .people,
            definition: "Sum over participating LAs of max(0, limit - supported)", origin: .publishedAndPopulation),
        IndicatorDefinition(
            id: "dispersal.las-over-limit", title: "LAs at or over the limit", unit: .count,
            definition: "Participating LAs whose supported count is at or above their limit", origin: .publishedAndPopulation),
        IndicatorDefinition(
            id: "dispersal.rate-per-10000", title: "Supported asylum seekers per 10,000 residents", unit: .ratePer10000,
            definition: "Supported / region population x 10,000", origin: .publishedAndPopulation),
        IndicatorDefinition(
            id: "dispersal.outlook-flagged", title: "LAs that may cross the limit within 2 quarters (early warning)", unit: .count,
            definition:
                "Participating LAs below the limit whose damped-trend forecast gives at least a \(Int(OutlookMethod.threshold * 100))% chance of being at or over it "
                + "at one of the next two quarter ends ('smp dispersal outlook')",
            origin: .publishedAndPopulation),
    ]
}
