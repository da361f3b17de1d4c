import Foundation
import PartnershipCore
import PartnershipStore
import Reporting

/// What a partnership owes when: each return in its module's reporting calendar with the next
/// due date and the last one, overdue when nothing has been recorded as submitted since the last
/// due date. Submissions are recorded in the audit log (`smp report submit`).
public struct ReportingCalendar: Sendable {
    public static let kind = "report-submitted"
    public let store: any SQLStore

    public init(store: any SQLStore) { self.store = store }

    /// "30 June" or "31st October" as a day and month; nil when the source gives no date.
    public static func dayAndMonth(_ text: String) -> (day: Int, month: Int)? {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        guard words.count == 2, let month = Timescale.months.firstIndex(of: words[1]).map({ $0 + 1 }),
            let day = Int(words[0].filter(\.isNumber)), Day(year: 2001, month: month, day: day) != nil
        else { return nil }
        return (day, month)
    }

    /// The due dates of a yearly deadline just before and on or after `day`.
    public static func dueDates(_ deadline: ReportingDeadline, around day: Day) -> (last: Day, next: Day)? {
        guard let (dd, mm) = dayAndMonth(deadline.due), let thisYear = Day(year: day.year, month: mm, day: dd) else { return nil }
        if thisYear >= day { return (Day(year: day.year - 1, month: mm, day: dd)!, thisYear) }
        return (thisYear, Day(year: day.year + 1, month: mm, day: dd)!)
    }

    /// The latest submission recorded for each return of the region, on or before `day`.
    public func submissions(region: String, on day: Day) async throws -> [String: (on: Day, by: String)] {
        var result: [String: (on: Day, by: String)] = [:]
        for entry in try await AuditLog(store: store).entries(region: region, kind: Self.kind) {
            guard let on = Day(iso: entry.draft.effectiveFrom), on <= day else { continue }
            if let current = result[entry.subject], current.on > on { continue }
            result[entry.subject] = (on, entry.draft.by)
        }
        return result
    }

    public struct Refusal: Error, Sendable, CustomStringConvertible { public let description: String }

    /// Records that a return was submitted (one audited transaction).
    @discardableResult
    public func recordSubmission(of report: String, region: Region, on day: Day, by: String, note: String) async throws -> AuditEntry {
        guard let deadline = region.reportingCalendar.first(where: { $0.report.lowercased() == report.lowercased() }) else {
            throw Refusal(
                description: "\(region.id) owes no return called '\(report)'; its calendar: "
                    + region.reportingCalendar.map { "'\($0.report)'" }.joined(separator: ", "))
        }
        let by = by.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !by.isEmpty else { throw Refusal(description: "--by: say who submitted it") }
        let draft = AuditEntry.Draft(
            kind: Self.kind, region: region.id, subject: deadline.report, before: "due \(deadline.due)", after: "submitted",
            effectiveFrom: day.description, by: by, reason: note.isEmpty ? "submitted to \(deadline.recipient ?? "the recipient")" : note)
        return try await store.transaction { session in try await AuditLog.append(draft, in: session) }
    }

    /// Every return of the regions, with its dates and whether it is overdue on `day`.
    public func section(regions: [Region], on day: Day) async throws -> ReportSection {
        var rows: [[ReportCell]] = []
        for region in regions {
            let submitted = try await submissions(region: region.id, on: day)
            for deadline in region.reportingCalendar {
                let last = submitted[deadline.report]
                let lastCell: ReportCell = last.map { .text("\($0.on) (\($0.by))") } ?? .noData("none recorded")
                guard let dates = Self.dueDates(deadline, around: day) else {
                    rows.append([
                        .text(region.id), .text(deadline.report), .text(deadline.recipient ?? ""), .text(deadline.due),
                        .noData("no date stated"), lastCell, .text("no date to check"), .text(deadline.source ?? ""),
                    ])
                    continue
                }
                let cycleStart = dates.last.adding(years: -1)
                let covered = last.map { $0.on > cycleStart } ?? false
                let state =
                    covered
                    ? "submitted for the \(dates.last) deadline"
                    : "OVERDUE: due \(dates.last), nothing recorded since \(cycleStart)"
                rows.append([
                    .text(region.id), .text(deadline.report), .text(deadline.recipient ?? ""), .text(deadline.due), .date(dates.next), lastCell,
                    .text(state), .text(deadline.source ?? ""),
                ])
            }
        }
        return ReportSection(
            title: "Reporting calendar on \(day)",
            columns: [
                .init("region"), .init("return"), .init("to"), .init("due (as the source states)"), .init("next due"), .init("last submitted"),
                .init("state"), .init("source"),
            ],
            rows: rows,
            notes: [
                "A return is overdue when its last due date has passed with no submission recorded in the year before it "
                    + "('smp report submit --region ID --report NAME --on DATE --by NAME')."
            ])
    }
}
