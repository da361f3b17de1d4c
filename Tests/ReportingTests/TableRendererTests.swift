import Reporting
import Testing

struct TableRendererTests {
    let table = Table(
        title: "Regions", columns: [.init("id"), .init("population", .right)],
        rows: [["north-east", "2,669,941"], ["a \"quoted\", name", "5"]], notes: ["Population: ONS MYE 2019"])

    @Test func csvQuotesFieldsAndKeepsNotes() {
        let csv = TableRenderer.csv(table)
        #expect(csv.hasPrefix("id,population\n"))
        #expect(csv.contains("\"a \"\"quoted\"\", name\",5"))
        #expect(csv.contains("\"2,669,941\""))
        #expect(csv.hasSuffix("# Population: ONS MYE 2019\n"))
    }

    @Test func textAlignsNumbersRight() {
        let lines = TableRenderer.text(table).split(separator: "\n")
        #expect(lines[1].hasPrefix("id"))
        #expect(lines.contains { $0.hasSuffix("        5") })
        #expect(lines.last == "Note: Population: ONS MYE 2019")
    }

    @Test func markdownEscapesPipes() {
        let md = TableRenderer.markdown(Table(columns: [.init("a")], rows: [["x|y"]]))
        #expect(md.contains("x\\|y"))
    }

    @Test func numbersAreGrouped() {
        #expect(NumberFormat.grouped(4_835_928) == "4,835,928")
        #expect(NumberFormat.grouped(-1_000) == "-1,000")
        #expect(NumberFormat.decimal(6.114, places: 2) == "6.11")
        #expect(NumberFormat.decimal(0.5, places: 1) == "0.5")
    }
}
