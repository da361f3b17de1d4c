import Foundation
import HTTPTypes
import Hummingbird
import Reporting

/// The shapes a route answers in.
enum Responses {
    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: try encoder.encode(value))))
    }

    /// JSON text already rendered (a report, by the same renderer as `--format json`).
    static func json(text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "application/json; charset=utf-8"], body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    static func html(_ page: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8"], body: ResponseBody(byteBuffer: ByteBuffer(string: page)))
    }

    /// 303 See Other: after a form, the browser fetches the page it names.
    static func redirect(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }

    struct ErrorBody: Encodable {
        let error: String
        let status: Int
    }

    static func error(_ error: ServerError, kind: ServerRoute.Kind, chrome: PageChrome = PageChrome()) -> Response {
        switch kind {
        case .api, .csv:
            return (try? json(ErrorBody(error: error.message, status: error.status.code), status: error.status))
                ?? Response(status: error.status)
        case .page:
            var chrome = chrome
            chrome.errors = [error.message]
            let report = Report(title: error.status.reasonPhrase, sections: [])
            return html(HTMLPage.render(report, chrome: chrome), status: error.status)
        }
    }
}
