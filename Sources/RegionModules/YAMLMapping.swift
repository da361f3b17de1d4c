import Foundation
import PartnershipCore
import Yams

/// A YAML mapping read field by field, reporting every missing, mistyped, unknown or unfilled
/// field with its file, line and dotted path instead of stopping at the first.
struct YAMLMapping {
    let file: String
    /// Dotted path of this mapping, e.g. `governance.board`; empty at the top.
    let path: String
    let line: Int?
    let pairs: [(key: String, node: Node)]
    /// Line of each key (a block value's own mark points at its first child, not at the key).
    let keyLines: [String: Int]
    let sink: DiagnosticSink

    init?(_ node: Node, file: String, path: String, sink: DiagnosticSink) {
        guard case .mapping(let mapping) = node else {
            sink.error(file, line: node.mark?.line, field: path.isEmpty ? nil : path, "expected a mapping (key: value lines)")
            return nil
        }
        self.file = file
        self.path = path
        self.line = node.mark?.line
        self.pairs = mapping.map { ($0.key.string ?? "", $0.value) }
        self.keyLines = Dictionary(
            mapping.compactMap { pair in pair.key.mark.map { (pair.key.string ?? "", $0.line) } }, uniquingKeysWith: { a, _ in a })
        self.sink = sink
    }

    /// Parses a whole YAML file; syntax errors are reported with their line.
    /// The largest region file read (the biggest module file is under 40 KB).
    static let sizeLimit = 1_048_576
    /// YAML aliases expand to copies of what they name; region files need none, and many can blow
    /// a small file up to gigabytes.
    static let aliasLimit = 20

    /// How many YAML aliases (`*name` after a line start, space or `[{,:-`) the text uses: a byte
    /// scan (a regex over every region file cost more than parsing them).
    static func aliasCount(_ text: String) -> Int {
        var count = 0
        var previous: UInt8 = 0x0A
        var afterStar = false
        for byte in text.utf8 {
            if afterStar, byte.isAliasNameByte { count += 1 }
            afterStar = byte == UInt8(ascii: "*") && previous.opensAlias
            previous = byte
        }
        return count
    }

    static func parse(_ text: String, file: String, sink: DiagnosticSink) -> YAMLMapping? {
        guard text.utf8.count <= sizeLimit else {
            sink.error(file, line: nil, "is \(text.utf8.count / 1024) KB, over the 1 MB limit for a region file")
            return nil
        }
        let aliases = aliasCount(text)
        guard aliases <= aliasLimit else {
            sink.error(file, line: nil, "uses \(aliases) YAML aliases (*name), more than the \(aliasLimit) a region file may: write the values out")
            return nil
        }
        do {
            // The basic resolver: we read each scalar as the type its field declares, so nothing
            // needs Yams's default tag rules, seven regular expressions that cost about 1.5 ms to
            // compile on every run and are matched against every mapping key.
            guard let node = try Yams.compose(yaml: text, .basic) else {
                sink.error(file, line: 1, "the file is empty")
                return nil
            }
            return YAMLMapping(node, file: file, path: "", sink: sink)
        } catch let error as YamlError {
            switch error {
            case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
                sink.error(
                    file, line: mark.line, "YAML syntax error: \(problem) (column \(mark.column))",
                    suggestion: YAMLSyntaxHint.hint(
                        problem: problem, lines: text.split(separator: "\n", omittingEmptySubsequences: false), line: mark.line))
            default:
                sink.error(file, line: 1, "YAML error: \(error)")
            }
            return nil
        } catch {
            sink.error(file, line: 1, "YAML error: \(error)")
            return nil
        }
    }

    func field(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }
    func node(_ key: String) -> Node? { pairs.first { $0.key == key }?.node }
    func line(of key: String) -> Int? { keyLines[key] ?? line }
    var keys: [String] { pairs.map(\.key) }

    /// Reports keys that are not allowed here, suggesting the nearest allowed one.
    func checkKeys(_ allowed: [String]) {
        var seen = Set<String>()
        for (key, node) in pairs {
            if !seen.insert(key).inserted {
                sink.error(file, line: node.mark?.line, field: field(key), "duplicate key")
            }
            guard !allowed.contains(key) else { continue }
            let suggestion = NearestName.to(key, in: allowed).map { "did you mean '\($0)'?" }
            sink.error(
                file, line: keyLines[key] ?? node.mark?.line, field: field(key), "unknown field",
                suggestion: suggestion ?? "allowed: \(allowed.joined(separator: ", "))")
        }
    }

    func string(_ key: String, required: Bool = false) -> String? {
        guard let node = node(key) else {
            if required { sink.error(file, line: line, field: field(key), "required field is missing") }
            return nil
        }
        guard case .scalar(let scalar) = node else {
            sink.error(file, line: node.mark?.line, field: field(key), "expected a single value, found a list or mapping")
            return nil
        }
        let text = scalar.string
        if node.null != nil || text.trimmingWhitespace.isEmpty {
            if required { sink.error(file, line: node.mark?.line, field: field(key), "required field is empty") }
            return nil
        }
        if Placeholder.isPlaceholder(text) {
            sink.error(file, line: node.mark?.line, field: field(key), "not filled in: \(Placeholder.hint(text))")
            return nil
        }
        return text
    }

    func int(_ key: String, required: Bool = false) -> Int? {
        guard let text = string(key, required: required) else { return nil }
        guard let value = Int(text.replacingOccurrences(of: ",", with: "")) else {
            sink.error(file, line: line(of: key), field: field(key), "'\(text)' is not a whole number")
            return nil
        }
        return value
    }

    func double(_ key: String, required: Bool = false) -> Double? {
        guard let text = string(key, required: required) else { return nil }
        guard let value = Double(text.replacingOccurrences(of: ",", with: "")) else {
            sink.error(file, line: line(of: key), field: field(key), "'\(text)' is not a number")
            return nil
        }
        return value
    }

    func bool(_ key: String) -> Bool? {
        guard let node = node(key) else { return nil }
        guard let value = node.bool else {
            sink.error(file, line: node.mark?.line, field: field(key), "expected true or false")
            return nil
        }
        return value
    }

    func day(_ key: String, required: Bool = false) -> Day? {
        guard let text = string(key, required: required) else { return nil }
        guard let day = Day(iso: text) else {
            sink.error(file, line: line(of: key), field: field(key), "'\(text)' is not a date in the form YYYY-MM-DD")
            return nil
        }
        return day
    }

    func mapping(_ key: String, required: Bool = false) -> YAMLMapping? {
        guard let node = node(key) else {
            if required { sink.error(file, line: line, field: field(key), "required section is missing") }
            return nil
        }
        return YAMLMapping(node, file: file, path: field(key), sink: sink)
    }

    /// The items of a list field; a missing field is an empty list.
    func sequence(_ key: String) -> [(index: Int, node: Node)] {
        guard let node = node(key) else { return [] }
        if case .scalar = node, node.null != nil { return [] }
        guard case .sequence(let items) = node else {
            sink.error(file, line: node.mark?.line, field: field(key), "expected a list (lines starting with '- ')")
            return []
        }
        return items.enumerated().map { ($0.offset, $0.element) }
    }

    /// The items of a list of mappings, each with its own dotted path (`key[0]`).
    func mappings(_ key: String) -> [YAMLMapping] {
        sequence(key).compactMap { YAMLMapping($0.node, file: file, path: "\(field(key))[\($0.index)]", sink: sink) }
    }

    /// A list of ONS codes; malformed codes are reported with their line.
    func codes(_ key: String) -> [(code: ONSCode, line: Int?)] {
        sequence(key).compactMap { item in
            guard let text = item.node.string, let code = ONSCode(text) else {
                sink.error(
                    file, line: item.node.mark?.line, field: "\(field(key))[\(item.index)]",
                    "'\(item.node.string ?? "?")' is not an ONS code (e.g. E06000002)")
                return nil
            }
            return (code, item.node.mark?.line)
        }
    }
}

extension UInt8 {
    /// A byte after which `*` starts an alias: a line start, white space, `[`, `{`, `,`, `:` or `-`.
    fileprivate var opensAlias: Bool {
        switch self {
        case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: "-"): true
        default: false
        }
    }

    /// A byte of an alias name: a letter, digit, `_` or `-`.
    fileprivate var isAliasNameByte: Bool {
        switch self {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"),
            UInt8(ascii: "-"):
            true
        default: false
        }
    }
}
