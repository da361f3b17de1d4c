/// A chart that travels with a section and is drawn in HTML (inline SVG). The section's table
/// holds the same figures, so every other format loses nothing without it.
public enum ReportChart: Sendable, Hashable {
    /// One horizontal bar per item, each with an optional reference mark (e.g. its cluster limit).
    case bars(title: String, bars: [Bar], referenceLabel: String?)
    /// A value per period, with an optional reference line (a limit) and marked periods (crossings).
    case line(title: String, points: [Point], reference: [Double]?, referenceLabel: String?, marks: [String: String])

    public struct Bar: Sendable, Hashable {
        public let label: String
        public let value: Double
        public let reference: Double?
        /// Words that say what colour alone would (e.g. "over"), shown after the value.
        public let flag: String?
        public init(label: String, value: Double, reference: Double? = nil, flag: String? = nil) {
            self.label = label
            self.value = value
            self.reference = reference
            self.flag = flag
        }
    }

    public struct Point: Sendable, Hashable {
        public let label: String
        public let value: Double
        public init(label: String, value: Double) {
            self.label = label
            self.value = value
        }
    }

    public var title: String {
        switch self {
        case .bars(let title, _, _), .line(let title, _, _, _, _): title
        }
    }
}
