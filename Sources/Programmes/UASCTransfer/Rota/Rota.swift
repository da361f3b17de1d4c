import PartnershipCore

/// The region's agreed order for finding the LA that receives the next transferred child, with
/// optional weights (an LA of weight 2 takes twice the share of one of weight 1).
///
/// The choice is a smooth weighted round robin, made from the transfers each LA has already
/// received: among the eligible LAs, the one furthest behind its share, i.e. with the largest
/// (transfers so far + 1) × weight − total weight × its own transfers; ties go to the earlier
/// LA in the rota. It is deterministic, and over many requests each LA's count stays within one
/// of its weighted share when all are eligible.
public struct Rota: Sendable, Hashable {
    public struct Entry: Sendable, Hashable {
        public let code: ONSCode
        public let weight: Int
        public init(code: ONSCode, weight: Int = 1) {
            self.code = code
            self.weight = weight
        }
    }

    public let entries: [Entry]
    /// Where the order comes from: the module's setting with its source, or the default.
    public let source: String

    public init(entries: [Entry], source: String) {
        self.entries = entries
        self.source = source
    }

    public var totalWeight: Int { entries.reduce(0) { $0 + $1.weight } }

    /// The next LA among those `eligible`, given the transfers each has received so far; nil when
    /// none is eligible.
    public func next(received: [ONSCode: Int], eligible: (ONSCode) -> Bool) -> ONSCode? {
        let total = entries.reduce(0) { $0 + received[$1.code, default: 0] }
        var best: (code: ONSCode, credit: Int)?
        for entry in entries where eligible(entry.code) {
            let credit = (total + 1) * entry.weight - totalWeight * received[entry.code, default: 0]
            if best == nil || credit > best!.credit { best = (entry.code, credit) }
        }
        return best?.code
    }
}
