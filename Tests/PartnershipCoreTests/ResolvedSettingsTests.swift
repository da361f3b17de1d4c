import PartnershipCore
import Testing

struct ResolvedSettingsTests {
    let threshold = SettingDefinition(
        key: "threshold-rate", title: "t", kind: .number(0...0.01),
        national: [
            DatedValue(.number(0.0007), from: Day(iso: "2016-07-01")!, to: Day(iso: "2022-08-23")!, source: "RCC 2017"),
            DatedValue(.number(0.001), from: Day(iso: "2022-08-24")!, source: "LGA"),
        ], regionMayOverride: false)
    let target = SettingDefinition(key: "target", title: "t", kind: .integer(0...1000))

    @Test func picksThePolicyVersionInForceOnTheDay() {
        let before = ResolvedSettings(definitions: [threshold], overrides: [:], on: Day(iso: "2022-08-23")!)
        let after = ResolvedSettings(definitions: [threshold], overrides: [:], on: Day(iso: "2022-08-24")!)
        #expect(before.number("threshold-rate") == 0.0007)
        #expect(before["threshold-rate"]?.source == "RCC 2017")
        #expect(after.number("threshold-rate") == 0.001)
        #expect(ResolvedSettings(definitions: [threshold], overrides: [:], on: Day(iso: "2015-01-01")!)["threshold-rate"] == nil)
    }

    @Test func regionValuesWinOnlyWhereOverridesAreAllowed() {
        let overrides = ["threshold-rate": SourcedSetting(value: .number(0.5)), "target": SourcedSetting(value: .integer(270), source: "seed-004")]
        let resolved = ResolvedSettings(definitions: [threshold, target], overrides: overrides, on: Day(iso: "2018-01-01")!)
        #expect(resolved.number("threshold-rate") == 0.0007)
        #expect(resolved["threshold-rate"]?.origin == .national)
        #expect(resolved.integer("target") == 270)
        #expect(resolved["target"]?.origin == .region)
    }

    @Test func settingKindsCheckRanges() {
        #expect(SettingKind.integer(50...10_000).problem(with: .integer(20)) != nil)
        #expect(SettingKind.integer(50...10_000).problem(with: .integer(200)) == nil)
        #expect(SettingKind.choice(["a", "b"]).problem(with: .text("c")) != nil)
        #expect(SettingKind.number(0...1).problem(with: .integer(1)) == nil)
    }
}
