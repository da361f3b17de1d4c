import Dispersal
import PartnershipCore
import Testing

struct LimitHistoryTests {
    func points(_ statuses: [ClusterStatus]) -> [(day: Day, status: ClusterStatus)] {
        statuses.enumerated().map { (Day(iso: "2020-01-01")!.adding(days: $0.offset * 91), $0.element) }
    }

    @Test func overFromTheFirstQuarterIsASpellNotANonCrossing() {
        let history = LimitHistory(points([.over, .at, .under, .under]))
        #expect(history.crossings.isEmpty)
        #expect(history.spells.count == 1 && history.spells[0].from == history.first)
        #expect(history.summary(name: "X").contains("already over at the first imported quarter"))
        #expect(!history.summary(name: "X").contains("under its limit in every"))
    }

    @Test func crossingsReturnsAndAnOpenSpell() {
        let history = LimitHistory(points([.under, .over, .under, .near, .over]))
        #expect(history.crossings.count == 2 && history.returns.count == 1)
        #expect(history.spells.count == 2 && history.spells[1].to == history.last)
        #expect(history.summary(name: "X").contains("(the latest quarter)"))
        #expect(LimitHistory(points([.under, .near])).summary(name: "X") == "X was under its limit in every imported quarter.")
    }
}
