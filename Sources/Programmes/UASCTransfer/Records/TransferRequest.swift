import PartnershipCore

/// A request to transfer a child under the NTS, known only by a pseudonymous child reference,
/// and the dated steps it went through.
public struct TransferRequest: Sendable, Hashable {
    public let reference: CaseReference
    public let ageBand: AgeBand
    public let needs: Set<ChildNeed>
    public let referringLA: ONSCode
    public let requestedOn: Day
    public let steps: [TransferStep]
    public let source: String

    public init(
        reference: CaseReference, ageBand: AgeBand, needs: Set<ChildNeed>, referringLA: ONSCode, requestedOn: Day, steps: [TransferStep],
        source: String
    ) {
        self.reference = reference
        self.ageBand = ageBand
        self.needs = needs
        self.referringLA = referringLA
        self.requestedOn = requestedOn
        self.steps = steps
        self.source = source
    }

    /// Where the request stands after its last step.
    public var state: TransferState {
        guard let last = steps.last else { return .requested }
        return last.kind.state
    }

    /// The LA the child went to and when, once transferred.
    public var transfer: (la: ONSCode, on: Day)? {
        steps.last { $0.kind == .transferred }.map { ($0.laCode, $0.day) }
    }

    /// The LA currently asked (offered, or accepted and not yet transferred).
    public var currentLA: ONSCode? {
        guard let last = steps.last, last.kind != .declined else { return nil }
        return last.laCode
    }
}

/// One dated step after the request: offered to an LA, accepted or declined by it, transferred.
public struct TransferStep: Sendable, Hashable {
    public let kind: TransferStepKind
    public let laCode: ONSCode
    public let day: Day
    public let reason: DeclineReason?

    public init(kind: TransferStepKind, laCode: ONSCode, day: Day, reason: DeclineReason? = nil) {
        self.kind = kind
        self.laCode = laCode
        self.day = day
        self.reason = reason
    }
}

public enum TransferStepKind: String, Sendable, Hashable, CaseIterable {
    case offered, accepted, declined, transferred

    var state: TransferState {
        switch self {
        case .offered: .offered
        case .accepted: .accepted
        case .declined: .declined
        case .transferred: .transferred
        }
    }
}

/// Requested → offered → accepted or declined (then offered to the next LA) → transferred.
public enum TransferState: String, Sendable, Hashable {
    case requested, offered, accepted, declined, transferred
}

/// Age band at request; never a date of birth.
public enum AgeBand: String, Sendable, Hashable, CaseIterable, Comparable {
    case under16 = "0-15"
    case sixteenSeventeen = "16-17"

    public static func < (lhs: AgeBand, rhs: AgeBand) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Needs a receiving LA must be able to meet, from a fixed list (no free text about a child).
public enum ChildNeed: String, Sendable, Hashable, CaseIterable, Comparable {
    case none, health, disability, sibling, education, language

    public static func < (lhs: ChildNeed, rhs: ChildNeed) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Why an LA declined, from a fixed list.
public enum DeclineReason: String, Sendable, Hashable, CaseIterable {
    case noPlacement = "no-placement"
    case needsNotMet = "needs-not-met"
    case atThreshold = "at-threshold"
    case other
}
