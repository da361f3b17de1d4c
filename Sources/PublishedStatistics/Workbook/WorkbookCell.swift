import Foundation
import PartnershipCore

/// Cell values as a CSV export would write them, so a workbook and its CSV give the same rows.
enum WorkbookCell {
    /// `12.0` → `12`; other numbers unchanged (a fraction or a huge value is left for the table's
    /// own check to refuse with its line and column).
    static func number(_ text: String) -> String {
        guard let value = Double(text), value.isFinite, value.rounded() == value, abs(value) < 1e15 else { return text }
        return String(Int64(value))
    }

    /// An Excel date serial (days since 1899-12-30, or since 1904-01-01 in the 1904 system) as
    /// `YYYY-MM-DD`; a serial out of Excel's range, or with a time of day, is left as the number.
    static func excelDate(_ text: String, system1904: Bool) -> String {
        guard let serial = Double(text), serial.isFinite, serial >= 1, serial < 2_958_466, serial.rounded() == serial else { return number(text) }
        let days = Int(serial)
        if system1904 { return Day(year: 1904, month: 1, day: 1)!.adding(days: days).description }
        // Excel's 1900 system counts a 29 February 1900 that never was: serials before it are one day later.
        let base = days < 61 ? Day(year: 1899, month: 12, day: 31)! : Day(year: 1899, month: 12, day: 30)!
        return base.adding(days: days).description
    }

    /// The 1-based column of a cell reference such as `AB12`, or nil past Excel's last column.
    static func column(ofReference reference: String) -> Int? {
        var column = 0
        for byte in reference.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): column = column * 26 + Int(byte - UInt8(ascii: "A")) + 1
            case UInt8(ascii: "a")...UInt8(ascii: "z"): column = column * 26 + Int(byte - UInt8(ascii: "a")) + 1
            default: return column >= 1 && column <= Workbook.columnLimit ? column : nil
            }
            if column > Workbook.columnLimit { return nil }
        }
        return nil
    }

    /// The number in a reference such as `AB12`.
    static func row(ofReference reference: String) -> Int? {
        Int(reference.drop(while: { $0.isLetter }))
    }
}
