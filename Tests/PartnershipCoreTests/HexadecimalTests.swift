import Foundation
import PartnershipCore
import Testing

/// Digests are stored as lower-case hexadecimal; the ledger and the audit chain compare them as text,
/// so every byte must come out exactly as `String(format: "%02x")` wrote it before.
@Suite struct HexadecimalTests {
    @Test func everyByteIsTwoLowerCaseDigits() {
        let all = (0...255).map { UInt8($0) }
        #expect(all.hexadecimal == all.map { String(format: "%02x", $0) }.joined())
        #expect([0x00, 0x0F, 0xA5, 0xFF].map { UInt8($0) }.hexadecimal == "000fa5ff")
        #expect([UInt8]().hexadecimal == "")
    }
}
