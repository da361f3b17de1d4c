import Foundation
import PublishedStatistics

/// Which supported people count: a combination of support types (Section 95, 4, 98) and the
/// accommodation they are in, as partnerships and the Home Office count differently. Named
/// presets cover the published practices; any other combination is written as terms joined by
/// `+`, each `SUPPORT[:ACCOMMODATION,...]` (e.g. `s95:dispersal,initial+s4`). The choice changes
/// verdicts, so it is shown beside every figure.
public struct CountBasis: Hashable, Sendable, RawRepresentable {
    /// One support type in the listed accommodation types (every type when `accommodation` is nil).
    public struct Term: Hashable, Sendable {
        public let support: AsylumSupportType
        public let accommodation: Set<Accommodation>?
    }

    /// The accommodation types Asy_D11 publishes, by a short name.
    public enum Accommodation: String, Hashable, Sendable, CaseIterable, Comparable {
        case dispersal, initial, hotel = "contingency-hotel", contingencyOther = "contingency-other", other, subsistence = "subsistence-only"
        /// Section 98 rows published before 2023 without an accommodation type.
        case unspecified

        public static func < (a: Self, b: Self) -> Bool { allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)! }
    }

    public let terms: [Term]
    /// The preset's name, or the expression the basis was written as.
    public let rawValue: String

    /// Section 95 in dispersal accommodation plus all Section 4 (the platform default).
    public static let dispersedPlusSection4 = preset(
        "s95-dispersed-plus-s4", [.init(support: .section95, accommodation: [.dispersal]), .all(.section4)])
    /// Section 95 in dispersal accommodation only (one partnership's practice).
    public static let dispersedOnly = preset("s95-dispersed", [.init(support: .section95, accommodation: [.dispersal])])
    /// Every support type in dispersal accommodation (another partnership's practice).
    public static let allDispersed = preset("all-dispersed", AsylumSupportType.allCases.map { .init(support: $0, accommodation: [.dispersal]) })
    /// All Section 95 (dispersal accommodation and subsistence only).
    public static let section95 = preset("s95", [.all(.section95)])
    /// Everyone on asylum support in every accommodation type: the Home Office's per-capita table.
    public static let allSupported = preset("all-supported", AsylumSupportType.allCases.map(Term.all))
    /// Contingency accommodation (hotels and other), every support type: the hotel view.
    public static let contingency = preset(
        "contingency", AsylumSupportType.allCases.map { .init(support: $0, accommodation: [.hotel, .contingencyOther]) })

    /// The named presets, in the order help lists them.
    public static let allCases: [CountBasis] = [dispersedPlusSection4, dispersedOnly, allDispersed, section95, allSupported, contingency]

    static func preset(_ name: String, _ terms: [Term]) -> CountBasis { CountBasis(terms: terms, rawValue: name) }

    init(terms: [Term], rawValue: String) {
        self.terms = terms
        self.rawValue = rawValue
    }

    /// A preset name, or terms such as `s95:dispersal,initial+s4`; nil when it is neither.
    public init?(rawValue: String) {
        if let preset = Self.allCases.first(where: { $0.rawValue == rawValue }) {
            self = preset
            return
        }
        guard let terms = try? Self.parse(rawValue) else { return nil }
        self.init(terms: terms, rawValue: rawValue)
    }

    /// The terms of an expression, or what is wrong with it.
    public static func parse(_ text: String) throws(BasisError) -> [Term] {
        let supports: [String: AsylumSupportType] = ["s95": .section95, "s4": .section4, "s98": .section98]
        var terms: [Term] = []
        for part in text.split(separator: "+", omittingEmptySubsequences: false) {
            let pieces = part.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard let support = supports[pieces[0].lowercased()] else {
                throw BasisError(description: "'\(pieces[0])' is not a support type: use s95, s4 or s98 (\(Self.help))")
            }
            guard pieces.count == 2 else {
                terms.append(.all(support))
                continue
            }
            var kinds = Set<Accommodation>()
            for name in pieces[1].split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
                guard let kind = Accommodation(rawValue: name.lowercased()) else {
                    throw BasisError(
                        description: "'\(name)' is not an accommodation type: use \(Accommodation.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                kinds.insert(kind)
            }
            guard !kinds.isEmpty else { throw BasisError(description: "'\(part)' names no accommodation type after ':'") }
            terms.append(Term(support: support, accommodation: kinds))
        }
        return terms
    }

    public struct BasisError: Error, CustomStringConvertible, Sendable { public let description: String }

    public static let help =
        "a preset (\(allCases.map(\.rawValue).joined(separator: ", "))) or terms joined by '+', each SUPPORT[:ACCOMMODATION,...], "
        + "e.g. s95:dispersal,initial+s4"

    /// The rows the basis counts, as the store selects them.
    public var selection: AsylumSupportSelection {
        AsylumSupportSelection(terms.map { .init(support: $0.support, accommodation: $0.accommodation?.sorted().map(\.published)) })
    }

    /// How the basis reads next to a figure.
    public var label: String {
        let words = terms.map { term -> String in
            let support = term.support.rawValue
            guard let kinds = term.accommodation else { return "\(support) (all accommodation)" }
            return "\(support) in " + kinds.sorted().map(\.words).joined(separator: " or ")
        }
        let named = Self.allCases.contains(self) ? "\(rawValue): " : ""
        return named + words.joined(separator: " + ")
    }
}

extension CountBasis.Term {
    static func all(_ support: AsylumSupportType) -> Self { .init(support: support, accommodation: nil) }
}

extension CountBasis.Accommodation {
    /// The type as Asy_D11 names it (and as an import stores it).
    var published: String {
        switch self {
        case .dispersal: "Dispersal Accommodation"
        case .initial: "Initial Accommodation"
        case .hotel: "Contingency Accommodation - Hotel"
        case .contingencyOther: "Contingency Accommodation - Other"
        case .other: "Other Accommodation"
        case .subsistence: "Subsistence Only"
        case .unspecified: "N/A - Section 98 (pre-2023)"
        }
    }

    var words: String {
        switch self {
        case .dispersal: "dispersal accommodation"
        case .initial: "initial accommodation"
        case .hotel: "contingency hotels"
        case .contingencyOther: "other contingency accommodation"
        case .other: "other accommodation"
        case .subsistence: "subsistence only"
        case .unspecified: "accommodation not stated (Section 98 before 2023)"
        }
    }
}
