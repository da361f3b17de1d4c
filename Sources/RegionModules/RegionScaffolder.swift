import Foundation
import PartnershipCore

/// Creates a new region module from `regions/_template`, filling in the id and name so that the
/// only validation errors left are the blanks the newcomer must complete.
public struct RegionScaffolder: Sendable {
    public let regionsFolder: URL

    public init(regionsFolder: URL) { self.regionsFolder = regionsFolder }

    public struct ScaffoldError: Error, CustomStringConvertible, Sendable {
        public let description: String
    }

    /// Writes `regions/<id>/` and returns its folder. Refuses an invalid id or an existing folder.
    /// With an ONS region code and the LA list built from ONS data, both are filled in.
    @discardableResult
    public func scaffold(id: String, name: String, onsRegion: ONSCode? = nil, localAuthorities: String? = nil) throws -> URL {
        guard RegionID.isValid(id) else {
            throw ScaffoldError(description: "'\(id)' is not a valid region id: use lower-case words joined by hyphens (e.g. yorkshire-and-humber)")
        }
        guard !name.trimmingCharacters(in: .whitespaces).isEmpty else { throw ScaffoldError(description: "--name must not be empty") }
        let template = regionsFolder.appendingPathComponent("_template")
        let target = regionsFolder.appendingPathComponent(id)
        let files = FileManager.default
        guard files.fileExists(atPath: template.appendingPathComponent("region.yaml").path) else {
            throw ScaffoldError(description: "no template at \(template.path)")
        }
        guard !files.fileExists(atPath: target.path) else {
            throw ScaffoldError(description: "\(target.path) already exists; choose another id or remove it first")
        }
        try files.copyItem(at: template, to: target)
        let regionFile = target.appendingPathComponent("region.yaml")
        var lines = try String(contentsOf: regionFile, encoding: .utf8).components(separatedBy: "\n")
        for index in lines.indices {
            if lines[index].hasPrefix("id: ") { lines[index] = "id: \(id)" }
            if lines[index].hasPrefix("name: ") { lines[index] = "name: \(Self.yamlQuoted(name))" }
            if let onsRegion, lines[index].hasPrefix("ons-region-code: ") { lines[index] = "ons-region-code: \(onsRegion)" }
        }
        try lines.joined(separator: "\n").write(to: regionFile, atomically: true, encoding: .utf8)
        if let localAuthorities {
            try localAuthorities.write(to: target.appendingPathComponent("local-authorities.csv"), atomically: true, encoding: .utf8)
        }
        return target
    }

    static func yamlQuoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
