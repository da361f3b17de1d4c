import Foundation
import PartnershipCore
import Testing

/// The ledger's and migrations' timestamps read as Foundation's ISO 8601 style wrote them before.
@Suite struct TimestampTests {
    @Test func matchesFoundationsISO8601Style() {
        var seconds = [0, 946_684_799, 946_684_800, 951_782_400, 1_709_208_000, 1_735_689_599, 2_147_483_647, 4_102_444_800]
        var state: UInt64 = 0x5EED  // a seeded spread of moments between 1970 and 2100
        for _ in 0..<500 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            seconds.append(Int(state >> 33) % 4_102_444_800)
        }
        for second in seconds {
            #expect(Timestamp.iso8601(secondsSince1970: second) == Date(timeIntervalSince1970: TimeInterval(second)).formatted(.iso8601))
        }
    }

    @Test func nowIsTheCurrentSecond() {
        let before = Date().formatted(.iso8601)
        let now = Timestamp.now()
        let after = Date().formatted(.iso8601)
        #expect(now == before || now == after)
    }
}
