/// The type and allowed range of a programme setting, used to check region modules.
public enum SettingKind: Hashable, Sendable {
    case integer(ClosedRange<Int>)
    case number(ClosedRange<Double>)
    case flag
    case choice([String])
    case text
    case day
    /// LA codes that must belong to the region.
    case localAuthorities

    /// Checks a value read from a region module; returns what is wrong, or nil.
    public func problem(with value: SettingValue) -> String? {
        switch (self, value) {
        case (.integer(let range), .integer(let v)):
            return range.contains(v) ? nil : "\(v) is out of range \(range.lowerBound)...\(range.upperBound)"
        case (.number(let range), _):
            guard let v = value.doubleValue else { return "expected a number, found '\(value)'" }
            return range.contains(v)
                ? nil : "\(value) is out of range \(SettingValue.number(range.lowerBound))...\(SettingValue.number(range.upperBound))"
        case (.flag, .flag), (.text, .text), (.day, .day), (.localAuthorities, .codes):
            return nil
        case (.choice(let options), .text(let v)):
            return options.contains(v) ? nil : "'\(v)' is not one of: \(options.joined(separator: ", "))"
        case (.integer, _): return "expected a whole number, found '\(value)'"
        case (.flag, _): return "expected yes/no (true/false), found '\(value)'"
        case (.choice(let options), _): return "expected one of: \(options.joined(separator: ", "))"
        case (.text, _): return "expected text, found '\(value)'"
        case (.day, _): return "expected a date YYYY-MM-DD, found '\(value)'"
        case (.localAuthorities, _): return "expected a list of ONS codes, found '\(value)'"
        }
    }

    public var summary: String {
        switch self {
        case .integer(let r): "whole number \(r.lowerBound)...\(r.upperBound)"
        case .number(let r): "number \(SettingValue.number(r.lowerBound))...\(SettingValue.number(r.upperBound))"
        case .flag: "yes/no"
        case .choice(let o): o.joined(separator: " | ")
        case .text: "text"
        case .day: "date"
        case .localAuthorities: "list of LA codes"
        }
    }
}
