import ArgumentParser
import Foundation
import PartnershipCore

extension Day: ExpressibleByArgument {
    public init?(argument: String) { self.init(iso: argument) }
    public static var defaultCompletionKind: CompletionKind { .default }
}

extension FinancialYear: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}

extension ProgrammeID: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}

/// Today's date, the default of every `--as-of`.
public enum DayArgument {
    public static func today() -> Day {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: Date())
        return Day(year: parts.year ?? 2000, month: parts.month ?? 1, day: parts.day ?? 1) ?? Day(year: 2000, month: 1, day: 1)!
    }
}

extension ONSCode: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument.uppercased()) }
}
