/// Why the dispersal figures cannot be shown; the message says what to do.
public struct DispersalError: Error, Sendable, CustomStringConvertible {
    public let description: String

    init(_ description: String) { self.description = description }

    static func noFigures(location: String) -> DispersalError {
        DispersalError("no Home Office asylum support figures in \(location): run 'smp import asylum-support FILE' or 'smp import --bundled'")
    }

    static func noQuarter(before day: String, first: String) -> DispersalError {
        DispersalError("no Asy_D11 quarter end on or before \(day); the figures start at \(first)")
    }
}
