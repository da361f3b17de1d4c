import Foundation
import PartnershipCore
import Reporting
import Testing

struct ReportRendererTests {
    let section = ReportSection(
        title: "Regions", columns: [.init("id"), .init("population", .right), .init("due", .right), .init("share", .right)],
        rows: [
            [.text("north-east"), .count(2_669_941), .money(pence: 123_456), .percentage(12.345)],
            [.text("a \"quoted\", name"), .count(5), .money(pence: 5), .noData("not imported")],
        ],
        notes: ["Population: ONS MYE 2019"])

    @Test func csvHasPlainNumbersAndNoCommentRows() {
        let csv = ReportRenderer.render(section, as: .csv)
        #expect(csv == "id,population,due,share\nnorth-east,2669941,1234.56,12.3\n\"a \"\"quoted\"\", name\",5,0.05,\n")
        #expect(ReportRenderer.notes(Report(section)) == "Population: ONS MYE 2019\n")
    }

    @Test func tableGroupsDigitsAlignsNumbersRightAndKeepsNotes() {
        let lines = ReportRenderer.render(section, as: .table).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "Regions")
        #expect(lines[2] == "id                population        due  share")
        #expect(lines[4] == "north-east         2,669,941  £1,234.56   12.3")
        #expect(lines[5] == "a \"quoted\", name           5      £0.05      –")
        #expect(lines.contains("Note: Population: ONS MYE 2019"))
    }

    @Test func markdownEscapesPipes() {
        let md = ReportRenderer.render(ReportSection(columns: [.init("a")], rows: [[.text("x|y")]]), as: .markdown)
        #expect(md.contains("| x\\|y |"))
    }

    @Test func jsonHasNumbersAndNullWithAReason() async throws {
        let json = ReportRenderer.render(section, as: .json)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let rows = try #require(object["rows"] as? [[String: Any]])
        #expect(rows[0]["population"] as? Int == 2_669_941)
        #expect(rows[0]["due"] as? Double == 1234.56)
        #expect(rows[0]["share"] as? Double == 12.3)
        #expect(rows[1]["share"] is NSNull)
        let details = try #require(rows[1]["details"] as? [String: [String: String]])
        #expect(details["share"]?["state"] == "no-data")
        #expect(details["share"]?["reason"] == "not imported")
        #expect(object["notes"] as? [String] == ["Population: ONS MYE 2019"])
        #expect(!json.contains("–"))
    }

    @Test func smallCountsOfPeopleAreSuppressedOutsideTheOwningRegionOnly() {
        let report = Report(
            ReportSection(
                columns: [.init("a", .right), .init("b", .right), .init("c", .right), .init("d", .right)],
                rows: [[.people(3, owner: "north-east"), .people(5, owner: "north-east"), .people(0, owner: "north-east"), .people(2)]]))
        let national = report.suppressingSmallCounts(for: .national).sections[0].rows[0].map(\.value)
        #expect(national == [.suppressed, .people(5), .people(0), .people(2)])
        let owner = report.suppressingSmallCounts(for: .region("north-east")).sections[0].rows[0].map(\.value)
        #expect(owner == [.people(3), .people(5), .people(0), .people(2)])
        let other = report.suppressingSmallCounts(for: .region("south-west")).sections[0].rows[0].map(\.value)
        #expect(other == [.suppressed, .people(5), .people(0), .people(2)])
        #expect(ReportRenderer.render(report.suppressingSmallCounts(for: .national), as: .table).contains("<5"))
    }

    @Test func offIsNeverZero() async throws {
        let json = ReportRenderer.render(ReportSection(columns: [.init("v", .right)], rows: [[.off]]), as: .json)
        let rows = try #require((try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])?["rows"] as? [[String: Any]])
        #expect(rows[0]["v"] is NSNull)
        #expect((rows[0]["details"] as? [String: [String: String]])?["v"]?["state"] == "off")
        #expect(ReportRenderer.render(ReportSection(columns: [.init("v", .right)], rows: [[.off]]), as: .csv) == "v\noff\n")
    }

    @Test func numbersAreGrouped() {
        #expect(NumberFormat.grouped(4_835_928) == "4,835,928")
        #expect(NumberFormat.grouped(-1_000) == "-1,000")
        #expect(NumberFormat.decimal(6.114, places: 2) == "6.11")
        #expect(NumberFormat.decimal(0.5, places: 1) == "0.5")
        #expect(NumberFormat.plainDecimal(12_345.678, places: 1) == "12345.7")
    }
}
