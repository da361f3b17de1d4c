/// A value a programme setting can take, as read from a region module or a national rule.
public enum SettingValue: Hashable, Sendable, Codable, CustomStringConvertible {
    case integer(Int)
    case number(Double)
    case flag(Bool)
    case text(String)
    case day(Day)
    /// A list of LA codes (a rota, a list of LAs excluded, ...).
    case codes([ONSCode])

    public var description: String {
        switch self {
        case .integer(let v): String(v)
        case .number(let v): v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String(v)
        case .flag(let v): v ? "yes" : "no"
        case .text(let v): v
        case .day(let v): v.description
        case .codes(let v): v.map(\.rawValue).joined(separator: ", ")
        }
    }

    public var doubleValue: Double? {
        switch self {
        case .integer(let v): Double(v)
        case .number(let v): v
        default: nil
        }
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let v = try? c.decode(Bool.self) {
            self = .flag(v)
        } else if let v = try? c.decode(Int.self) {
            self = .integer(v)
        } else if let v = try? c.decode(Double.self) {
            self = .number(v)
        } else if let v = try? c.decode([ONSCode].self) {
            self = .codes(v)
        } else {
            let text = try c.decode(String.self)
            self = Day(iso: text).map(SettingValue.day) ?? .text(text)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .integer(let v): try c.encode(v)
        case .number(let v): try c.encode(v)
        case .flag(let v): try c.encode(v)
        case .text(let v): try c.encode(v)
        case .day(let v): try c.encode(v)
        case .codes(let v): try c.encode(v)
        }
    }
}
