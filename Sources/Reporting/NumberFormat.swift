import Foundation

/// Figures as people read them in reports: thousands separators, fixed decimals.
public enum NumberFormat {
    public static func grouped(_ value: Int) -> String {
        let digits = String(abs(value))
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return value < 0 ? "-" + out : out
    }

    /// `value` with `places` decimals, grouped; whole numbers print without decimals when `places` is 0.
    public static func decimal(_ value: Double, places: Int = 1) -> String {
        let scale = (0..<places).reduce(1.0) { r, _ in r * 10 }
        let rounded = (value * scale).rounded() / scale
        let whole = Int(rounded.rounded(.towardZero))
        guard places > 0 else { return grouped(Int(value.rounded())) }
        let fraction = Int((abs(rounded - Double(whole)) * scale).rounded())
        let fractionText = String(fraction)
        let sign = rounded < 0 && whole == 0 ? "-" : ""
        return sign + grouped(whole) + "." + String(repeating: "0", count: places - fractionText.count) + fractionText
    }

    /// `value` with `places` decimals and no grouping (`1234.5`), for machine formats.
    public static func plainDecimal(_ value: Double, places: Int) -> String {
        decimal(value, places: places).replacingOccurrences(of: ",", with: "")
    }

    /// An amount held in pence as pounds: `£1,234.56`, or `1234.56` for machine formats.
    public static func pounds(pence: Int, symbol: Bool = true) -> String {
        let sign = pence < 0 ? "-" : ""
        let whole = abs(pence) / 100, fraction = abs(pence) % 100
        let cents = (fraction < 10 ? "0" : "") + String(fraction)
        return symbol ? "\(sign)£\(grouped(whole)).\(cents)" : "\(sign)\(whole).\(cents)"
    }
}
