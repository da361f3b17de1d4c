import PartnershipCore
import Testing

/// An ONS code is compared, hashed and ordered as a number; that must agree with its text.
struct ONSCodeTests {
    /// The rule as written: a letter of E, W, S, N, then eight ASCII digits.
    static func isCode(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        return scalars.count == 9 && "EWSN".unicodeScalars.contains(scalars[0]) && scalars.dropFirst().allSatisfy { ("0"..."9").contains($0) }
    }

    @Test func acceptsExactlyALetterAndEightDigits() {
        for text in [
            "E06000002", "W06000015", "S12000033", "N09000003", "E0600000", "E060000021", "X06000002", "e06000002", "E0600000A",
            "E06 00002", "", "E06000002\n", "E0600000\u{FF12}", "\u{0301}E06000002", "E06000002\u{0301}",
        ] {
            #expect((ONSCode(text) != nil) == Self.isCode(text), "\(text.debugDescription)")
        }
    }

    @Test func equalityHashAndOrderFollowTheText() {
        var random = SeededGenerator(seed: 2026)
        let letters = ["E", "N", "S", "W"]
        let codes = (0..<400).map { _ in
            letters[Int(random.next() % 4)] + String(format8(Int(random.next() % 100_000_000)))
        }
        for a in codes {
            let x = ONSCode(a)!
            #expect(x.rawValue == a)
            for b in codes.prefix(40) {
                let y = ONSCode(b)!
                #expect((x == y) == (a == b))
                #expect((x < y) == (a < b))
                if a == b { #expect(x.hashValue == y.hashValue) }
            }
        }
        #expect(Set(codes.map { ONSCode($0)! }).count == Set(codes).count)
        #expect(codes.map { ONSCode($0)! }.sorted().map(\.rawValue) == codes.sorted())
    }

    func format8(_ number: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }
}
