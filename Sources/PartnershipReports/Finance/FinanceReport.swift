import PartnershipCore
import Reporting

/// Income against expenditure by line for a year, as the partnership published it. A stated
/// total that differs from the sum of its lines, and income that does not equal expenditure, are
/// flagged with the difference and the source, never corrected silently.
public enum FinanceReport {
    public struct Check: Sendable, Hashable {
        public let what: String
        public let difference: Int
    }

    /// What does not add up in the statement.
    public static func checks(_ statement: FinanceStatement) -> [Check] {
        var checks: [Check] = []
        if let stated = statement.statedIncomeTotal, stated != statement.incomeTotal {
            checks.append(
                Check(
                    what: "income lines sum to \(pounds(statement.incomeTotal)); the stated total is \(pounds(stated))",
                    difference: statement.incomeTotal - stated))
        }
        if let stated = statement.statedExpenditureTotal, stated != statement.expenditureTotal {
            checks.append(
                Check(
                    what: "expenditure lines sum to \(pounds(statement.expenditureTotal)); the stated total is \(pounds(stated))",
                    difference: statement.expenditureTotal - stated))
        }
        if statement.incomeTotal != statement.expenditureTotal {
            checks.append(
                Check(
                    what: "income (\(pounds(statement.incomeTotal))) does not equal expenditure (\(pounds(statement.expenditureTotal)))",
                    difference: statement.incomeTotal - statement.expenditureTotal))
        }
        return checks
    }

    static func pounds(_ amount: Int) -> String { NumberFormat.pounds(pence: amount * 100) }

    public static func section(_ statement: FinanceStatement, region: Region) -> ReportSection {
        func line(_ kind: String, _ item: FinanceLine) -> [ReportCell] {
            [.text(kind), .text(item.line), ReportCell(.money(pence: item.amount * 100), source: statement.source)]
        }
        var rows = statement.income.map { line("income", $0) }
        rows.append([.text("income"), .text("Total (sum of lines)"), .money(pence: statement.incomeTotal * 100)])
        if let stated = statement.statedIncomeTotal { rows.append([.text("income"), .text("Total as stated"), .money(pence: stated * 100)]) }
        rows += statement.expenditure.map { line("expenditure", $0) }
        rows.append([.text("expenditure"), .text("Total (sum of lines)"), .money(pence: statement.expenditureTotal * 100)])
        if let stated = statement.statedExpenditureTotal {
            rows.append([.text("expenditure"), .text("Total as stated"), .money(pence: stated * 100)])
        }
        rows.append([
            .text("balance"), .text("Income less expenditure (sums of lines)"),
            .money(pence: (statement.incomeTotal - statement.expenditureTotal) * 100),
        ])
        let flags = checks(statement).map { "CHECK: \($0.what): a difference of \(pounds(abs($0.difference))) (\(statement.source))." }
        return ReportSection(
            title: "\(region.name): income and expenditure \(statement.year)",
            columns: [.init("side"), .init("line"), .init("amount", .right)], rows: rows,
            notes: ["Source: \(statement.source), as published; amounts in whole pounds."] + (flags.isEmpty ? ["The totals add up."] : flags))
    }
}
