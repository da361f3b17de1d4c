import PartnershipCore

/// Where an Asy_D11 row's (LAD Code, Local Authority, UK Region) goes, worked out once per
/// distinct triple: today's code (successor LAs, the name deciding when the code belongs to
/// another LA), the ONS region, and the notes the import makes about it.
final class AsylumSupportPlace {
    enum Coverage: Equatable {
        /// No code (a non-geographic row).
        case none
        /// An England or Wales LA in the bundled ONS lists.
        case known
        /// An England or Wales code not in the lists: the note names it.
        case unmatched(String)
        /// Scotland or Northern Ireland (no code list ships for them).
        case outside
    }

    let codeText: String, name: String, label: String
    let current: ONSCode?
    let region: String
    let remapped: Bool
    let miscoded: String?
    let relabelled: String?
    let coverage: Coverage
    /// Set once a row that passed its checks went here.
    var used = false

    init(code: ONSCode?, codeText: String, name: String, label: String, directory: LocalAuthorityDirectory, csv: inout CheckedCSV) {
        self.codeText = codeText
        self.name = name
        self.label = label
        var current = code.map(directory.current)
        remapped = current != code
        // A code that belongs to another LA than the one named (2022 Q4 Section 98 rows carry
        // Hull's code beside other LAs' names): the name decides, and the import says so.
        var miscoded: String?
        if let published = current, let named = directory.code(named: name).map(directory.current), named != published {
            current = named
            miscoded = "\(published.rawValue) published beside the name \(name): stored under \(name)'s code \(named.rawValue)"
        }
        self.current = current
        self.miscoded = miscoded
        if let current {
            if directory.isKnown(current) {
                coverage = .known
            } else if LocalAuthorityDirectory.covers(current) {
                coverage = .unmatched("\(current.rawValue) \(name)")
            } else {
                coverage = .outside
            }
        } else {
            coverage = .none
        }
        // The region follows the code (ONS), not the label: a few published rows carry the wrong one.
        var region = csv.regionName(label)
        var relabelled: String?
        if let current, let ons = directory.region(of: current), ons.name != region {
            relabelled = "\(current.rawValue) \(name): published as \(region), ONS places it in \(ons.name)"
            region = ons.name
        }
        self.region = region
        self.relabelled = relabelled
    }

    /// A 64-bit key for the triple (`FieldHash`); `isFor` confirms a match.
    static func key(_ codeText: String, _ name: String, _ label: String) -> UInt64 { FieldHash.of([codeText, name, label]) }

    func isFor(_ codeText: String, _ name: String, _ label: String) -> Bool {
        self.codeText == codeText && self.name == name && self.label == label
    }
}
