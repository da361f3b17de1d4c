import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// A streaming (SAX) pass over one XML part of a workbook, with element and attribute names
/// reduced to their local part (`table:table-row` → `table-row`): the readers keep only the state
/// they need, so a large sheet is never held as a tree. External entities are never resolved.
final class XMLEvents: NSObject, XMLParserDelegate {
    private let start: (String, [String: String]) throws -> Void
    private let end: (String) throws -> Void
    private let text: (String) -> Void
    private var failure: (any Error)?

    private init(
        start: @escaping (String, [String: String]) throws -> Void, end: @escaping (String) throws -> Void, text: @escaping (String) -> Void
    ) {
        self.start = start
        self.end = end
        self.text = text
    }

    /// Parses `data`, calling back for each element start and end and each run of text; a thrown
    /// error stops the pass and is rethrown. `part` names the part in a malformed-XML message.
    static func parse(
        _ data: Data, part: String, start: @escaping (String, [String: String]) throws -> Void, end: @escaping (String) throws -> Void = { _ in },
        text: @escaping (String) -> Void = { _ in }
    ) throws {
        let events = XMLEvents(start: start, end: end, text: text)
        // A stream is fed to libxml2 in chunks; one 27 MB chunk trips its 10 MB look-up limit.
        let parser = XMLParser(stream: InputStream(data: data))
        parser.shouldResolveExternalEntities = false
        parser.delegate = events
        let finished = parser.parse()
        if let failure = events.failure { throw failure }
        // A document cut short parses "successfully" with an error set: both are failures.
        if !finished || parser.parserError != nil {
            let code = (parser.parserError as? NSError)?.code
            let reason = code == 5 ? "it ends before the document does" : code.map { "libxml2 error \($0)" } ?? "malformed XML"
            throw WorkbookProblem(message: "is a damaged workbook: \(part) is not well-formed XML at line \(parser.lineNumber) (\(reason))")
        }
    }

    private static func local(_ name: String) -> String {
        guard let colon = name.lastIndex(of: ":") else { return name }
        return String(name[name.index(after: colon)...])
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
        attributes attributeDict: [String: String] = [:]
    ) {
        guard failure == nil else { return }
        var attributes: [String: String] = [:]
        for (key, value) in attributeDict { attributes[Self.local(key)] = value }
        do { try start(Self.local(elementName), attributes) } catch {
            failure = error
            parser.abortParsing()
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        guard failure == nil else { return }
        do { try end(Self.local(elementName)) } catch {
            failure = error
            parser.abortParsing()
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if failure == nil { text(string) }
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        if failure == nil, let string = String(data: CDATABlock, encoding: .utf8) { text(string) }
    }
}
