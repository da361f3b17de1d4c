import CSV
import Foundation
import PartnershipCore

/// A SYNTHETIC Asy_D11 at `factor` times the bundled file's rows, for benchmarks at national
/// scale: the real LA names, codes, regions and support types, each copy of the file dated
/// `yearsPerCopy` years later than the one before (starting one copy after the real dates, so no
/// synthetic row carries a real quarter end), with each count moved by a seeded ±10%. Never a
/// real figure: the file name and the release it is imported as say SYNTHETIC.
public struct SyntheticAsylumSupport: Sendable {
    public let factor: Int
    public let seed: UInt64
    /// The bundled series spans 43 quarters (under 11 years), so copies never share a quarter end.
    public static let yearsPerCopy = 11
    /// The largest factor offered: 100 copies reach the year 3124, and 2.2 M rows.
    public static let factors = 1...100

    public init(factor: Int, seed: UInt64 = 1) {
        self.factor = min(max(factor, Self.factors.lowerBound), Self.factors.upperBound)
        self.seed = seed
    }

    /// `SYNTHETIC-asy-d11-x100.csv`.
    public var fileName: String { "SYNTHETIC-asy-d11-x\(factor).csv" }
    /// The release name to import it as.
    public var release: String { "SYNTHETIC Asy_D11 x\(factor) (smp bench scale, seed \(seed))" }

    /// Writes the file into `folder`; returns its URL, its data rows and its last quarter end.
    public func write(into folder: URL) throws -> (url: URL, rows: Int, last: Day) {
        let source = try String(contentsOf: BundledData.file("ho-local_authority_support.csv"), encoding: .utf8)
        var problems: [Diagnostic] = []
        guard var csv = CheckedCSV(text: source, file: "bundled Asy_D11", required: AsylumSupportTable.required, problems: &problems) else {
            throw CocoaError(.fileReadCorruptFile)
        }
        var rows: [[String]] = []
        while let row = csv.next() { rows.append(row.fields) }
        let date = csv.index("Date"), people = csv.index("People")
        let url = folder.appendingPathComponent(fileName)
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else { throw CocoaError(.fileWriteUnknown) }
        let file = try FileHandle(forWritingTo: url)
        defer { try? file.close() }
        // Each copy is written as CSV in memory (CSV.swift quotes what needs it), then appended:
        // an OutputStream to the file would make one write call per field.
        func written(_ body: (CSVWriter) throws -> Void) throws -> Data {
            let stream = OutputStream(toMemory: ())
            let writer = try CSVWriter(stream: stream)
            try body(writer)
            writer.stream.close()
            return (stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()) + Data("\n".utf8)
        }
        try file.write(contentsOf: try written { try $0.write(row: csv.header) })
        var generator = SeededGenerator(seed: seed), last = Day(year: 2000, month: 1, day: 1)!
        for copy in 1...factor {
            try file.write(
                contentsOf: try written { writer in
                    for fields in rows {
                        var shifted = fields
                        guard let day = Day(iso: fields[date]), let count = Int(fields[people]) else { continue }
                        let moved = day.adding(years: copy * Self.yearsPerCopy)
                        last = max(last, moved)
                        shifted[date] = moved.description
                        let spread = max(1, count / 10)
                        shifted[people] = String(max(0, count + Int.random(in: -spread...spread, using: &generator)))
                        try writer.write(row: shifted)
                    }
                })
        }
        return (url, rows.count * factor, last)
    }
}
