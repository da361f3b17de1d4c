import PartnershipCore
import Yams

/// Turns a YAML value into a `SettingValue` of the kind the programme declares, reporting
/// type and range errors against the field.
enum SettingParser {
    static func parse(_ node: Node, kind: SettingKind, field: String, file: String, sink: DiagnosticSink) -> SettingValue? {
        let line = node.mark?.line
        let value: SettingValue?
        switch kind {
        case .integer: value = node.int.map(SettingValue.integer)
        case .number: value = node.float.map(SettingValue.number)
        case .flag: value = node.bool.map(SettingValue.flag)
        case .choice, .text: value = node.string.map(SettingValue.text)
        case .day: value = node.string.flatMap(Day.init(iso:)).map(SettingValue.day)
        case .localAuthorities:
            guard case .sequence(let items) = node else {
                sink.error(file, line: line, field: field, "expected a list of ONS codes")
                return nil
            }
            var codes: [ONSCode] = []
            for (index, item) in items.enumerated() {
                guard let text = item.string, let code = ONSCode(text) else {
                    sink.error(file, line: item.mark?.line, field: "\(field)[\(index)]", "'\(item.string ?? "?")' is not an ONS code")
                    continue
                }
                codes.append(code)
            }
            value = .codes(codes)
        }
        guard let value else {
            sink.error(file, line: line, field: field, "expected \(kind.summary), found '\(node.string ?? "a list or mapping")'")
            return nil
        }
        if let problem = kind.problem(with: value) {
            sink.error(file, line: line, field: field, problem, suggestion: "allowed: \(kind.summary)")
            return nil
        }
        return value
    }
}
