import PartnershipCore

/// The national funding tariffs shared by the resettlement schemes (VPRS and VCRS fall under one
/// "UK resettlement programmes" funding instruction). Each is a dated, sourced setting so a later
/// instruction is added as data, not code.
public enum ResettlementTariffs {
    static let from = Day(year: 2015, month: 9, day: 7)!
    static let guardian = "LA tariffs as reported by the Guardian, 14 Jul 2016 (bcpdt.org.uk repost); gov.uk VPRS/VCRS factsheet Mar 2021; in force from the 7 Sep 2015 VPRS expansion"
    static let reset = "Guardian, 14 Jul 2016; RESET UK toolkit for local authorities"

    /// Setting keys, in tariff-year order.
    public static let yearKeys = ["tariff-year-1", "tariff-year-2", "tariff-year-3", "tariff-year-4", "tariff-year-5"]
    public static let education5to18 = "education-5-18"
    public static let education3to4 = "education-3-4"

    public static let settings: [SettingDefinition] = zip(yearKeys, [8_520, 5_000, 3_700, 2_300, 1_000]).enumerated().map { index, pair in
        SettingDefinition(
            key: pair.0, title: "LA tariff, year \(index + 1) after arrival, per person", kind: .integer(0...100_000), unit: "£",
            national: [DatedValue(.integer(pair.1), from: from, source: guardian)], regionMayOverride: false)
    } + [
        SettingDefinition(
            key: education5to18, title: "Year-1 education tariff per child aged 5-18", kind: .integer(0...100_000), unit: "£",
            national: [DatedValue(.integer(4_500), from: from, source: reset)], regionMayOverride: false),
        SettingDefinition(
            key: education3to4, title: "Year-1 education tariff per child aged 3-4", kind: .integer(0...100_000), unit: "£",
            national: [DatedValue(.integer(2_250), from: from, source: reset)], regionMayOverride: false),
    ]
}
