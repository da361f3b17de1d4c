import Foundation
import HTTPTypes
import Hummingbird
import MultipartKit

/// A `multipart/form-data` body (the import page's upload) as its named parts, read with
/// multipart-kit's parser.
struct MultipartForm {
    struct Part {
        var filename: String?
        var data = Data()
    }

    let parts: [String: Part]

    /// Nil when the body is not multipart or is malformed.
    init?(_ body: ByteBuffer, contentType: String?) {
        guard let contentType, contentType.lowercased().hasPrefix("multipart/form-data"),
            let boundary = contentType.split(separator: ";").map({ $0.trimmingCharacters(in: .whitespaces) })
                .first(where: { $0.lowercased().hasPrefix("boundary=") })?.dropFirst(9)
        else { return nil }
        let parser = MultipartParser(boundary: String(boundary).trimmingCharacters(in: CharacterSet(charactersIn: "\"")))
        var parts: [String: Part] = [:], current = Part(), name: String?
        parser.onHeader = { field, value in
            guard field.lowercased() == "content-disposition" else { return }
            for item in value.split(separator: ";").map({ $0.trimmingCharacters(in: .whitespaces) }) {
                let pair = item.split(separator: "=", maxSplits: 1).map(String.init)
                guard pair.count == 2 else { continue }
                let unquoted = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
                if pair[0] == "name" { name = unquoted }
                if pair[0] == "filename" { current.filename = (unquoted as NSString).lastPathComponent }
            }
        }
        parser.onBody = { buffer in current.data.append(contentsOf: buffer.readableBytesView) }
        parser.onPartComplete = {
            if let name { parts[name] = current }
            current = Part()
            name = nil
        }
        do { try parser.execute(body) } catch { return nil }
        self.parts = parts
    }

    func text(_ name: String) -> String? { parts[name].map { String(decoding: $0.data, as: UTF8.self) } }
}
