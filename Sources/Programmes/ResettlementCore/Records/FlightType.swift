/// How a household travelled: a regional charter flight or a scheduled flight.
public enum FlightType: String, CaseIterable, Hashable, Sendable, Codable {
    case charter, scheduled
}
