import PartnershipCore
import Testing

@testable import Reporting

/// For random tables with row and column totals, random owners and viewers: after suppression, no
/// hidden count can be recovered from what is shown. The check is an independent brute force: for
/// every hidden cell it looks for two completions of the table, consistent with every total shown
/// and with what `<5` (1-4) and `c` (0 or more) say, that give the cell different values.
struct SuppressionPropertyTests {
    typealias Position = SumConstraint.Position

    /// A table of people counts (many of them small) with a total column and a total row.
    static func table(_ random: inout SeededGenerator, owner: String) -> ReportSection {
        let rows = Int.random(in: 2...3, using: &random), columns = Int.random(in: 2...3, using: &random)
        var values = (0..<rows).map { _ in
            (0..<columns).map { _ in Bool.random(using: &random) ? Int.random(in: 0...5, using: &random) : Int.random(in: 0...12, using: &random) }
        }
        values = values.map { $0 + [$0.reduce(0, +)] }
        values.append((0...columns).map { c in values.reduce(0) { $0 + $1[c] } })
        let cells = values.map { row in row.map { ReportCell(.people($0), owner: owner) } }
        let constraints =
            SumConstraint.totalRow(rows: rows + 1, columns: Array(0...columns))
            + SumConstraint.totalColumn(rows: rows + 1, total: columns, parts: Array(0..<columns))
        return ReportSection(columns: (0...columns).map { .init("c\($0)") }, rows: cells, constraints: constraints)
    }

    /// The values a hidden cell can take given everything shown; stops after two. Hidden cells
    /// that are totals follow from their parts, so only the other hidden cells are searched.
    static func possibleValues(of target: Position, in shown: ReportSection) -> Set<Int> {
        func known(_ p: Position) -> Int? { if case .people(let n) = shown.rows[p.row][p.column].value { n } else { nil } }
        func isHidden(_ p: Position) -> Bool { known(p) == nil }
        let totalOf = Dictionary(shown.constraints.map { ($0.total, $0) }, uniquingKeysWith: { a, _ in a })
        var leaves: [Position] = []
        for (r, row) in shown.rows.enumerated() {
            for c in row.indices {
                let p = Position(row: r, column: c)
                if isHidden(p) && totalOf[p] == nil { leaves.append(p) }
            }
        }
        func range(_ p: Position) -> ClosedRange<Int> { shown.rows[p.row][p.column].value == .suppressed ? 1...4 : 0...40 }
        var assignment: [Position: Int] = [:]
        func evaluate(_ p: Position) -> Int? {
            if let v = known(p) ?? assignment[p] { return v }
            guard let c = totalOf[p] else { return nil }
            var sum = 0
            for part in c.parts {
                guard let v = evaluate(part) else { return nil }
                sum += v
            }
            return sum
        }
        func consistent() -> Bool {
            for c in shown.constraints {
                guard let total = evaluate(c.total) else { continue }
                var sum = 0, open = false
                for part in c.parts { if let v = evaluate(part) { sum += v } else { open = true } }
                if open ? sum > total : sum != total { return false }
                if !open, shown.rows[c.total.row][c.total.column].value == .suppressed, !(1...4).contains(total) { return false }
            }
            return true
        }
        var found = Set<Int>()
        leaves.sort { $0 == target && $1 != target }
        func search(_ index: Int) {
            if found.count > 1 { return }
            if index == leaves.count {
                if consistent(), let v = evaluate(target) { found.insert(v) }
                return
            }
            for v in range(leaves[index]) {
                assignment[leaves[index]] = v
                if consistent() { search(index + 1) }
                if found.count > 1 { break }
            }
            assignment[leaves[index]] = nil
        }
        search(0)
        return found
    }

    @Test(arguments: 1...100)
    func noSuppressedCountCanBeRecoveredFromTheTotals(seed: Int) {
        var random = SeededGenerator(seed: UInt64(seed))
        let owner = ["north-east", "south-west"].randomElement(using: &random)!
        let section = Self.table(&random, owner: owner)
        let viewer: Audience = [.national, .region("north-east"), .region("south-west")].randomElement(using: &random)!
        let shown = section.suppressingSmallCounts(for: viewer)
        for (r, row) in shown.rows.enumerated() {
            for (c, cell) in row.enumerated() {
                guard case .people(let original) = section.rows[r][c].value else { continue }
                switch cell.value {
                case .suppressed:
                    #expect((1...4).contains(original))  // "<5" is true
                    #expect(Self.possibleValues(of: Position(row: r, column: c), in: shown).count > 1, "seed \(seed): (\(r),\(c)) recoverable")
                case .withheld:
                    #expect(Self.possibleValues(of: Position(row: r, column: c), in: shown).count > 1, "seed \(seed): (\(r),\(c)) recoverable")
                case .people(let n):
                    #expect(n == original)
                default:
                    Issue.record("unexpected cell \(cell.value)")
                }
            }
        }
        // The owning region sees everything.
        if viewer == .region(owner) { #expect(shown == section) }
    }

    @Test func aSmallCountWithholdsTheTotalsThatAddItUpAndNothingElse() {
        let cells = [[3, 10, 13], [6, 8, 14], [9, 18, 27]].map { $0.map { ReportCell(.people($0), owner: "north-east") } }
        let section = ReportSection(
            columns: [.init("a"), .init("b"), .init("total")], rows: cells,
            constraints: SumConstraint.totalRow(rows: 3, columns: [0, 1, 2]) + SumConstraint.totalColumn(rows: 3, total: 2, parts: [0, 1]))
        let shown = section.suppressingSmallCounts(for: .national)
        #expect(shown.rows.map { $0.map(CellText.display) } == [["<5", "10", "c"], ["6", "8", "14"], ["c", "18", "c"]])
        #expect(section.suppressingSmallCounts(for: .region("north-east")) == section)
    }
}
