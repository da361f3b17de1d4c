import Foundation

/// Limits failed sign-ins: after 5 failures for a login name, or 20 from one address, within 15
/// minutes, further attempts are refused until the window passes (HTTP 429), right or wrong.
public actor LoginThrottle {
    public static let perName = 5
    public static let perAddress = 20
    public static let window: TimeInterval = 15 * 60

    private var failures: [String: [Date]] = [:]

    public init() {}

    /// Seconds until `name` from `address` may try again, or nil when it may now.
    public func wait(name: String, address: String, now: Date = Date()) -> Int? {
        let limits = [("name:" + name, Self.perName), ("address:" + address, Self.perAddress)]
        var longest: TimeInterval?
        for (key, limit) in limits {
            let recent = (failures[key] ?? []).filter { now.timeIntervalSince($0) < Self.window }
            failures[key] = recent
            if recent.count >= limit, let oldest = recent.first {
                longest = max(longest ?? 0, Self.window - now.timeIntervalSince(oldest))
            }
        }
        return longest.map { Int($0.rounded(.up)) }
    }

    public func failed(name: String, address: String, now: Date = Date()) {
        failures["name:" + name, default: []].append(now)
        failures["address:" + address, default: []].append(now)
    }

    public func succeeded(name: String) { failures["name:" + name] = nil }
}
