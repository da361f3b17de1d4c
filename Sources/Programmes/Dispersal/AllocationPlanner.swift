import PartnershipCore

/// Plans an allocation of new arrivals across participating LAs that breaches no cluster limit.
/// Deterministic: ties break by LA code. When arrivals exceed total headroom, it allocates the
/// headroom and the plan names the shortfall.
public struct AllocationPlanner: Sendable {
    public let strategy: AllocationStrategy

    public init(strategy: AllocationStrategy = .proportionalToHeadroom) { self.strategy = strategy }

    public func plan(_ arrivals: Int, across assessment: ClusterAssessment) -> AllocationPlan {
        let candidates = assessment.participating.sorted { $0.code.rawValue < $1.code.rawValue }
        let headroom = candidates.map(\.headroom)
        let total = headroom.reduce(0, +)
        let placing = max(0, min(arrivals, total))
        let shares: [Int]
        switch strategy {
        case .proportionalToHeadroom: shares = Self.largestRemainder(placing, weights: headroom)
        case .lowestRatioFirst: shares = Self.lowestRatioFirst(placing, candidates)
        }
        let lines = candidates.indices.map { index -> AllocationPlan.Line in
            let position = candidates[index], share = shares[index]
            let reason: String
            if position.headroom == 0 {
                reason =
                    position.count >= position.limit ? "none: at or over its limit (\(position.count) of \(position.limit))" : "none: no headroom"
            } else if share == 0 {
                reason =
                    strategy == .proportionalToHeadroom
                    ? "none: its share of \(placing) by headroom (\(position.headroom) of \(total)) rounded to 0"
                    : "none: other LAs had fewer supported people per resident"
            } else if share == position.headroom {
                reason = "\(share): fills its headroom to the limit"
            } else {
                reason =
                    strategy == .proportionalToHeadroom
                    ? "\(share): \(placing) x \(position.headroom)/\(total) of the headroom, rounded by largest remainder"
                    : "\(share): taken in turn while its ratio was the region's lowest"
            }
            return AllocationPlan.Line(
                code: position.code, name: position.name, headroomBefore: position.headroom, allocated: share,
                countAfter: position.count + share, limit: position.limit, reason: reason)
        }
        return AllocationPlan(strategy: strategy, requested: arrivals, lines: lines)
    }

    /// Hamilton's method: floor of each exact share, then the remaining units to the largest
    /// remainders (ties to the earlier LA). Never exceeds a weight when `total <= sum(weights)`.
    static func largestRemainder(_ total: Int, weights: [Int]) -> [Int] {
        let sum = weights.reduce(0, +)
        guard sum > 0, total > 0 else { return weights.map { _ in 0 } }
        var shares = weights.map { $0 * total / sum }
        let remainders = weights.enumerated().map { ($0.offset, ($0.element * total) % sum) }
        var left = total - shares.reduce(0, +)
        for (index, _) in remainders.sorted(by: { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }) where left > 0 {
            if shares[index] < weights[index] {
                shares[index] += 1
                left -= 1
            }
        }
        return shares
    }

    /// One arrival at a time to the LA with the lowest count per resident that still has headroom.
    static func lowestRatioFirst(_ total: Int, _ candidates: [ClusterPosition]) -> [Int] {
        var shares = candidates.map { _ in 0 }
        for _ in 0..<total {
            var best: Int?
            for index in candidates.indices where candidates[index].headroom > shares[index] && candidates[index].population > 0 {
                guard let current = best else { best = index; continue }
                // Compare (count + share) / population without floating point.
                let lhs = (candidates[index].count + shares[index]) * candidates[current].population
                let rhs = (candidates[current].count + shares[current]) * candidates[index].population
                if lhs < rhs { best = index }
            }
            guard let chosen = best else { break }
            shares[chosen] += 1
        }
        return shares
    }
}
