import PartnershipCore
import Testing
import UASCTransfer

/// The threshold in children and the rounding rule an LA's status rests on.
struct UASCThresholdTests {
    @Test func middlesbroughsThresholdOnBothLines() {
        // ONS MYE 2019, Middlesbrough 0-17 = 32,794 (regions/north-east/local-authorities.csv).
        let old = UASCThreshold(childPopulation: 32_794, rate: 0.0007), new = UASCThreshold(childPopulation: 32_794, rate: 0.001)
        #expect(UASCFormat.children(old.children) == "22.96")
        #expect(UASCFormat.children(new.children) == "32.79")
        #expect(old.wholeChildren == 22)
        #expect(new.wholeChildren == 32)
    }

    @Test func anLAIsAboveOnlyWhenItExceedsTheExactThresholdAndMayReceiveOnlyBelowItsWholePart() {
        let threshold = UASCThreshold(childPopulation: 32_794, rate: 0.0007)  // 22.9558
        #expect(threshold.status(of: 21) == .below)
        #expect(threshold.status(of: 22) == .at)
        #expect(threshold.status(of: 23) == .above)
        #expect(threshold.headroom(for: 21) == 1)
        #expect(threshold.headroom(for: 23) == -1)
        #expect(UASCThresholdStatus.below.mayReceive && !UASCThresholdStatus.at.mayReceive && !UASCThresholdStatus.above.mayReceive)
        #expect(UASCThresholdStatus.above.mayReferOut && !UASCThresholdStatus.at.mayReferOut)

        // A whole-number threshold: holding exactly that many is "at", one more is "above".
        let exact = UASCThreshold(childPopulation: 10_000, rate: 0.001)
        #expect(exact.status(of: 10) == .at)
        #expect(exact.status(of: 11) == .above)
        #expect(exact.status(of: 9) == .below)
        #expect(exact.status(of: Int.max) == .above)  // no overflow trap
    }
}
