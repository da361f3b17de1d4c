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
    public static func today() -> Day { Day.today() }
}

extension ONSCode: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument.uppercased()) }
}
