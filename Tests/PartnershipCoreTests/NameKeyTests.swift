import Testing

@testable import PartnershipCore

/// Place names fold the same way on the ASCII fast path as through Unicode.
@Suite struct NameKeyTests {
    @Test(arguments: [
        "Bristol, City of", "St. Albans", "Newcastle-under-Lyme", "Brighton & Hove", "&Hove&", "  Kingston upon Hull  ", "Dorset (U)",
        "Herefordshire, County of", "ABC123", "", "---", "a&&b", "King's Lynn and West Norfolk", "Rhondda Cynon Taf", "*Total North East",
    ])
    func asciiFastPathMatchesUnicodeFolding(_ name: String) {
        #expect(NameKey.fold(name) == NameKey.foldUnicode(name))
    }

    @Test func foldsPublishersVariants() {
        #expect(NameKey.fold("Brighton & Hove") == "brighton and hove")
        #expect(NameKey.fold("St. Albans") == NameKey.fold("St Albans"))
        #expect(NameKey.fold("Ynys Môn") == "ynys m n")
    }
}
