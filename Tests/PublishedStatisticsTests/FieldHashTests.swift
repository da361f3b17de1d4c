import PartnershipCore
import Testing

@testable import PublishedStatistics

/// The hash that finds repeated rows (`RepeatedKeys`) and matches Asy_D11's places: where a
/// field ends counts, and distinct keys of the sizes published tables have do not collide.
@Suite struct FieldHashTests {
    @Test func whereAFieldEndsCounts() {
        #expect(FieldHash.of(["ab", "c"]) != FieldHash.of(["a", "bc"]))
        #expect(FieldHash.of(["abcdefgh", ""]) != FieldHash.of(["", "abcdefgh"]))
        #expect(FieldHash.of(["abcdefgh"]) != FieldHash.of(["abcdefgh", ""]))
        #expect(FieldHash.of(["x\u{0}"]) != FieldHash.of(["x"]))
        #expect(FieldHash.of(["2019-06-30", "Section 95"]) == FieldHash.of(["2019-06-30", "Section 95"]))
        #expect(FieldHash.of(["a"], basis: 1) != FieldHash.of(["a"], basis: 2))
    }

    /// 300,000 distinct synthetic keys, shaped like Asy_D11's (a date, a code, a name of 0 to 40
    /// characters, a count), one character apart from their neighbours: no two share a hash.
    @Test func distinctKeysDoNotCollide() {
        var seen = Set<UInt64>()
        var generator = SeededGenerator(seed: 20_261_125)
        for index in 0..<300_000 {
            let name = String(repeating: "ab", count: Int.random(in: 0...20, using: &generator)) + String(index % 7)
            let key = ["20\(index % 100)-0\(index % 9 + 1)-30", "E0\(6_000_000 + index / 10)", name, String(index % 10)]
            seen.insert(FieldHash.of(key))
        }
        #expect(seen.count == 300_000)
    }
}
