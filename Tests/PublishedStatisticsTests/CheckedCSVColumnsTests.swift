import PartnershipCore
import PublishedStatistics
import Testing

/// Reading only a bundled table's first columns (`keepingColumns`): those columns as they are, the
/// rest empty, and a row of the wrong width still reported.
@Suite struct CheckedCSVColumnsTests {
    @Test func onlyTheFirstColumnsAreReadAndWidthsAreStillChecked() throws {
        let text = "code,name,a,b\nE06000002,Middlesbrough,1,\"2\"\nE06000003,Redcar and Cleveland,3\n"
        var problems: [Diagnostic] = []
        var csv = try #require(CheckedCSV(.text(text), file: "t.csv", required: [], keepingColumns: 2, problems: &problems))
        #expect(csv.header == ["code", "name", "", ""])
        let row = csv.next()
        let first = try #require(row)
        #expect(first.fields == ["E06000002", "Middlesbrough", "", ""])
        #expect(csv.next() == nil)
        #expect(csv.diagnostics.map(\.line) == [3])
        #expect(csv.diagnostics.map(\.message) == ["has 3 fields, the header has 4"])
    }
}
