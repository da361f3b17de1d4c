import PartnershipCore
import Testing
import UASCTransfer

/// The weighted rota: allocations follow the weights, never go to an ineligible LA, and are
/// deterministic. Seeded random instances.
struct RotaTests {
    static func code(_ index: Int) -> ONSCode { ONSCode("E06\(String(1_000_000 + index).dropFirst())")! }

    @Test(arguments: 1...40)
    func allocationsStayWithinOneOfTheWeightedShare(seed: Int) {
        var random = SeededGenerator(seed: UInt64(seed))
        let entries = (0..<Int.random(in: 2...8, using: &random)).map {
            Rota.Entry(code: Self.code($0), weight: Int.random(in: 1...5, using: &random))
        }
        let rota = Rota(entries: entries, source: "test")
        var received: [ONSCode: Int] = [:]
        let total = Int.random(in: 20...300, using: &random)
        for _ in 0..<total {
            let next = rota.next(received: received) { _ in true }!
            received[next, default: 0] += 1
        }
        for entry in entries {
            let share = Double(total * entry.weight) / Double(rota.totalWeight)
            #expect(
                abs(Double(received[entry.code, default: 0]) - share) < 1,
                "seed \(seed): \(entry) got \(received[entry.code, default: 0]) of \(share)")
        }
    }

    @Test(arguments: 1...40)
    func neverChoosesAnIneligibleLAAndIsDeterministic(seed: Int) {
        var random = SeededGenerator(seed: UInt64(seed) &+ 1000)
        let entries = (0..<Int.random(in: 2...8, using: &random)).map {
            Rota.Entry(code: Self.code($0), weight: Int.random(in: 1...4, using: &random))
        }
        let rota = Rota(entries: entries, source: "test")
        var received: [ONSCode: Int] = [:]
        for _ in 0..<100 {
            let eligible = Set(entries.map(\.code).filter { _ in Bool.random(using: &random) })
            let chosen = rota.next(received: received, eligible: eligible.contains)
            #expect(chosen == rota.next(received: received, eligible: eligible.contains))  // same input, same answer
            if let chosen {
                #expect(eligible.contains(chosen))
                received[chosen, default: 0] += 1
            } else {
                #expect(eligible.isEmpty)
            }
        }
    }

    @Test func tiesGoToTheEarlierLAInTheRota() {
        let rota = Rota(entries: [Rota.Entry(code: Self.code(1)), Rota.Entry(code: Self.code(2))], source: "test")
        #expect(rota.next(received: [:]) { _ in true } == Self.code(1))
        #expect(rota.next(received: [Self.code(1): 1]) { _ in true } == Self.code(2))
    }
}
