import PartnershipCore

/// Reads the optional files of a module: `baseline.yaml`, `plan-YYYY-YY.yaml`, `finance-YYYY-YY.yaml`.
/// `source:` fields name entries of `region.yaml`'s `sources`, checked by the loader.
struct OptionalFilesReader {
    let sink: DiagnosticSink
    /// `source:` references with where they were found.
    private(set) var sourceReferences: [(id: String, file: String, line: Int?, field: String)] = []

    init(sink: DiagnosticSink) { self.sink = sink }

    private mutating func source(_ mapping: YAMLMapping, required: Bool = true) -> String? {
        guard let id = mapping.string("source", required: required) else { return nil }
        sourceReferences.append((id, mapping.file, mapping.line(of: "source"), mapping.field("source")))
        return id
    }

    mutating func baseline(_ text: String, file: String) -> [BaselineFigure] {
        guard let top = YAMLMapping.parse(text, file: file, sink: sink) else { return [] }
        top.checkKeys(["figures"])
        var seen = Set<String>()
        return top.mappings("figures").compactMap { entry in
            entry.checkKeys(["id", "label", "value", "unit", "as-of", "source", "programme", "note", "compare-with"])
            let id = entry.string("id", required: true)
            if let id, !seen.insert(id).inserted { sink.error(file, line: entry.line, field: entry.field("id"), "figure id '\(id)' is used twice") }
            let figure = (
                id, entry.string("label", required: true), entry.double("value", required: true),
                entry.string("unit", required: true), entry.day("as-of", required: true), source(entry)
            )
            guard let id = figure.0, let label = figure.1, let value = figure.2, let unit = figure.3, let asOf = figure.4, let source = figure.5
            else { return nil }
            return BaselineFigure(
                id: id, label: label, value: value, unit: unit, asOf: asOf, source: source,
                programme: entry.string("programme").map { ProgrammeID($0) }, note: entry.string("note"), indicator: entry.string("compare-with"))
        }
    }

    mutating func plan(_ text: String, file: String, expectedYear: FinancialYear) -> BusinessPlan? {
        guard let top = YAMLMapping.parse(text, file: file, sink: sink) else { return nil }
        top.checkKeys(["year", "title", "source", "objectives"])
        let year = financialYear(top, file: file, expected: expectedYear)
        let source = source(top)
        let objectives = top.mappings("objectives").compactMap { objective -> BusinessPlan.Objective? in
            objective.checkKeys(["title", "outcomes"])
            let outcomes = objective.mappings("outcomes").compactMap { outcome -> BusinessPlan.Outcome? in
                outcome.checkKeys(["title", "actions"])
                let actions = outcome.mappings("actions").compactMap { action -> BusinessPlan.Action? in
                    action.checkKeys(["action", "kpi", "lead", "timescale", "status"])
                    guard let text = action.string("action", required: true) else { return nil }
                    return BusinessPlan.Action(
                        action: text, kpi: action.string("kpi"), lead: action.string("lead"),
                        timescale: action.string("timescale"), status: action.string("status"))
                }
                return outcome.string("title", required: true).map { BusinessPlan.Outcome(title: $0, actions: actions) }
            }
            return objective.string("title", required: true).map { BusinessPlan.Objective(title: $0, outcomes: outcomes) }
        }
        guard let year, let source else { return nil }
        return BusinessPlan(year: year, source: source, objectives: objectives)
    }

    mutating func finance(_ text: String, file: String, expectedYear: FinancialYear) -> FinanceStatement? {
        guard let top = YAMLMapping.parse(text, file: file, sink: sink) else { return nil }
        top.checkKeys(["year", "source", "as-published", "income", "stated-income-total", "expenditure", "stated-expenditure-total"])
        let year = financialYear(top, file: file, expected: expectedYear)
        let source = source(top)
        let asPublished = top.bool("as-published") ?? false
        func lines(_ key: String) -> [FinanceLine] {
            top.mappings(key).compactMap { entry in
                entry.checkKeys(["line", "amount"])
                guard let line = entry.string("line", required: true), let amount = entry.int("amount", required: true) else { return nil }
                if amount < 0 { sink.error(file, line: entry.line(of: "amount"), field: entry.field("amount"), "amount cannot be negative") }
                return FinanceLine(line: line, amount: amount)
            }
        }
        let income = lines("income"), expenditure = lines("expenditure")
        let statedIncome = top.int("stated-income-total"), statedExpenditure = top.int("stated-expenditure-total")
        guard let year, let source else { return nil }
        let statement = FinanceStatement(
            year: year, source: source, income: income, expenditure: expenditure,
            statedIncomeTotal: statedIncome, statedExpenditureTotal: statedExpenditure)
        // Published figures are kept as published; their inconsistencies are warnings that name the source.
        let report = asPublished ? sink.warning : sink.error
        let note = asPublished ? " (figures as published in source '\(source)')" : ""
        if let statedIncome, statedIncome != statement.incomeTotal {
            report(
                file, top.line(of: "stated-income-total"), nil, "stated-income-total",
                "income lines sum to \(statement.incomeTotal), not the stated \(statedIncome)\(note)", nil)
        }
        if let statedExpenditure, statedExpenditure != statement.expenditureTotal {
            report(
                file, top.line(of: "stated-expenditure-total"), nil, "stated-expenditure-total",
                "expenditure lines sum to \(statement.expenditureTotal), not the stated \(statedExpenditure)\(note)", nil)
        }
        if statement.incomeTotal != statement.expenditureTotal {
            report(
                file, top.line(of: "expenditure"), nil, "expenditure",
                "income (\(statement.incomeTotal)) does not equal expenditure (\(statement.expenditureTotal))\(note)", nil)
        }
        return statement
    }

    private func financialYear(_ top: YAMLMapping, file: String, expected: FinancialYear) -> FinancialYear? {
        guard let text = top.string("year", required: true) else { return nil }
        guard let year = FinancialYear(text) else {
            sink.error(file, line: top.line(of: "year"), field: "year", "'\(text)' is not a financial year like 2018-19")
            return nil
        }
        if year != expected {
            sink.error(file, line: top.line(of: "year"), field: "year", "year \(year) does not match the file name (\(expected))")
        }
        return year
    }
}
