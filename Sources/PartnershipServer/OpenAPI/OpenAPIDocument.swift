import Foundation
import HTTPTypes

/// The OpenAPI 3.1 document at `/openapi.json`, generated from `RouteCatalog` so every route is in
/// it and every path in it is a route. Each operation says the permission it needs.
public enum OpenAPIDocument {
    public static let json: String = {
        var paths: [String: [String: Any]] = [:]
        for route in RouteCatalog.routes {
            var operation: [String: Any] = [
                "summary": route.summary,
                "description": "Needs: \(route.permission).",
                "operationId": operationID(route),
                "responses": responses(route),
            ]
            if !route.parameters.isEmpty {
                operation["parameters"] = route.parameters.map { ["name": $0, "in": "path", "required": true, "schema": ["type": "string"]] }
            }
            if route.permission != .anyone { operation["security"] = [["bearer": []], ["cookie": []]] }
            paths[route.path, default: [:]][route.method.rawValue.lowercased()] = operation
        }
        let document: [String: Any] = [
            "openapi": "3.1.0",
            "info": [
                "title": "SMP Platform API", "version": "1",
                "description":
                    "Strategic Migration Partnerships: regions, programmes, the national comparison, switches, imports and users. "
                    + "Counts of 1-4 people from local records are shown as <5 outside the owning region.",
            ],
            "paths": paths,
            "components": [
                "securitySchemes": [
                    "bearer": ["type": "http", "scheme": "bearer", "description": "A token from POST /api/session"],
                    "cookie": ["type": "apiKey", "in": "cookie", "name": "smp_session"],
                ],
                "schemas": [
                    "Error": [
                        "type": "object", "required": ["error", "status"],
                        "properties": ["error": ["type": "string"], "status": ["type": "integer"]],
                    ]
                ],
            ],
        ]
        let data = (try? JSONSerialization.data(withJSONObject: document, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }()

    static func operationID(_ route: ServerRoute) -> String {
        route.method.rawValue.lowercased()
            + route.path.split(separator: "/").map { $0.replacingOccurrences(of: "{", with: "by-").replacingOccurrences(of: "}", with: "") }
            .joined(separator: "-").replacingOccurrences(of: ".", with: "-")
    }

    static func responses(_ route: ServerRoute) -> [String: Any] {
        let error: [String: Any] = [
            "description": "An error a person can act on", "content": ["application/json": ["schema": ["$ref": "#/components/schemas/Error"]]],
        ]
        let success: [String: Any]
        switch route.kind {
        case .api: success = ["description": "OK", "content": ["application/json": [:] as [String: Any]]]
        case .csv: success = ["description": "CSV, streamed", "content": ["text/csv": [:] as [String: Any]]]
        case .page: success = ["description": "An HTML page (or 303 to the next page)", "content": ["text/html": [:] as [String: Any]]]
        }
        var all: [String: Any] = ["200": success, "400": error, "404": error]
        if route.permission != .anyone {
            all["401"] = error
            all["403"] = error
        }
        return all
    }
}
