import PartnershipCore
import Testing

/// Region modules are read side by side with `concurrentMap`: every element is transformed once
/// and the results come back in the elements' order, as `map` gives them.
@Suite struct ConcurrentMapTests {
    @Test func resultsAreInTheElementsOrder() {
        let numbers = Array(0..<500)
        // Uneven work, so iterations finish out of order.
        let squares = numbers.concurrentMap { number -> Int in
            var spin = 0
            for step in 0..<((500 - number) * 20) { spin &+= step }
            return number * number + (spin == -1 ? 1 : 0)
        }
        #expect(squares == numbers.map { $0 * $0 })
    }

    @Test func noneOrOneElementIsMapped() {
        #expect([Int]().concurrentMap { $0 + 1 } == [])
        #expect(["north-east"].concurrentMap { $0.uppercased() } == ["NORTH-EAST"])
    }
}
