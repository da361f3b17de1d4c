import Foundation
import PartnershipCore
import Testing

/// Fields are trimmed of the same white space Foundation trims, with or without its fast path.
@Suite struct TrimmingTests {
    @Test(arguments: [
        ("Hartlepool", "Hartlepool"), (" Hartlepool", "Hartlepool"), ("Hartlepool\t", "Hartlepool"), ("\u{00A0}Hartlepool\u{00A0}", "Hartlepool"),
        ("Stockton-on-Tees", "Stockton-on-Tees"), ("   ", ""), ("", ""), ("Ynys Môn", "Ynys Môn"), ("Môn ", "Môn"),
    ])
    func trimsWhatFoundationTrims(_ text: String, _ expected: String) {
        #expect(text.trimmingWhitespace == expected)
        #expect(text.trimmingWhitespace == text.trimmingCharacters(in: .whitespaces))
    }
}
