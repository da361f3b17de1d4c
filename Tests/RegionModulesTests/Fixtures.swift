import CommandLineKit
import Composition
import Foundation
import PartnershipCore
import ProgrammeKit
import RegionModules
import TestSupport

/// The registry the executables build, and helpers to copy and break region modules.
enum Fixtures {
    static let registry = try! StandardProgrammes.registry().platform.programmes

    /// Copies region modules from the repository into a fresh `regions/` folder.
    static func copyRegions(_ ids: [String], as names: [String]? = nil) async throws -> URL {
        let regions = try RepositoryPaths.temporaryFolder().appendingPathComponent("regions")
        try FileManager.default.createDirectory(at: regions, withIntermediateDirectories: true)
        for (index, id) in ids.enumerated() {
            try FileManager.default.copyItem(
                at: RepositoryPaths.regions.appendingPathComponent(id),
                to: regions.appendingPathComponent(names?[index] ?? id))
        }
        return regions
    }

    /// Replaces text in a module file, failing loudly if the text is not there; returns the line it is on.
    @discardableResult
    static func edit(_ file: URL, replacing old: String, with new: String) async throws -> Int {
        let text = try String(contentsOf: file, encoding: .utf8)
        guard let range = text.range(of: old) else { throw FixtureError(description: "'\(old)' not in \(file.lastPathComponent)") }
        try text.replacingCharacters(in: range, with: new).write(to: file, atomically: true, encoding: .utf8)
        return text[..<range.lowerBound].filter { $0 == "\n" }.count + 1
    }

    static func append(_ file: URL, _ line: String) async throws -> Int {
        var text = try String(contentsOf: file, encoding: .utf8)
        if !text.hasSuffix("\n") { text += "\n" }
        let number = text.filter { $0 == "\n" }.count + 1
        try (text + line + "\n").write(to: file, atomically: true, encoding: .utf8)
        return number
    }

    struct FixtureError: Error, CustomStringConvertible { let description: String }
}

extension Fixtures {
    /// The 1-based line on which `text` first appears in `file`.
    static func line(of text: String, in file: URL) async throws -> Int {
        let content = try String(contentsOf: file, encoding: .utf8)
        guard let range = content.range(of: text) else { throw FixtureError(description: "'\(text)' not in \(file.lastPathComponent)") }
        return content[..<range.lowerBound].filter { $0 == "\n" }.count + 1
    }
}
