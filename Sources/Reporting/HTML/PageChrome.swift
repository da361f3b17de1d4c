/// What a served page adds around a report: the navigation, who is signed in, messages, errors
/// and forms (each with its CSRF token). Rendered by the same template as `--format html`, so a
/// page on the server and a page written by the CLI look and read the same.
public struct PageChrome: Sendable {
    public struct Link: Sendable {
        public let label: String
        public let href: String
        public let current: Bool
        public init(_ label: String, href: String, current: Bool = false) {
            self.label = label
            self.href = href
            self.current = current
        }
    }

    public struct Field: Sendable {
        public enum Kind: Sendable {
            case text, password, file
            case select([(value: String, label: String)])
        }
        public let name: String
        public let label: String
        public let kind: Kind
        public let hint: String?
        public let value: String
        public let autocomplete: String?

        public init(_ name: String, label: String, kind: Kind = .text, hint: String? = nil, value: String = "", autocomplete: String? = nil) {
            self.name = name
            self.label = label
            self.kind = kind
            self.hint = hint
            self.value = value
            self.autocomplete = autocomplete
        }
    }

    public struct Form: Sendable {
        public let title: String
        public let action: String
        public let fields: [Field]
        public let submit: String
        public let csrf: String?

        public init(title: String, action: String, fields: [Field], submit: String, csrf: String?) {
            self.title = title
            self.action = action
            self.fields = fields
            self.submit = submit
            self.csrf = csrf
        }

        var multipart: Bool { fields.contains { if case .file = $0.kind { true } else { false } } }
    }

    public var nav: [Link]
    /// "Signed in as …", with a sign-out form carrying this CSRF token.
    public var signedIn: (label: String, csrf: String)?
    public var messages: [String]
    public var errors: [String]
    public var forms: [Form]
    /// Links to the pages beneath this one (a region's programmes and plan).
    public var related: [Link] = []

    public init(nav: [Link] = [], signedIn: (label: String, csrf: String)? = nil, messages: [String] = [], errors: [String] = [], forms: [Form] = [])
    {
        self.nav = nav
        self.signedIn = signedIn
        self.messages = messages
        self.errors = errors
        self.forms = forms
    }

    /// The template's values for the chrome.
    var context: [String: Any] {
        [
            "hasNav": !nav.isEmpty,
            "nav": nav.map { ["label": $0.label, "href": $0.href, "current": $0.current] as [String: Any] },
            "hasSignedIn": signedIn != nil, "signedInLabel": signedIn?.label ?? "", "signOutCsrf": signedIn?.csrf ?? "",
            "messages": messages, "hasErrors": !errors.isEmpty, "errors": errors,
            "hasRelated": !related.isEmpty, "related": related.map { ["label": $0.label, "href": $0.href] },
            "forms": forms.enumerated().map { index, form -> [String: Any] in
                [
                    "title": form.title, "action": form.action, "submit": form.submit, "multipart": form.multipart,
                    "hasCsrf": form.csrf != nil, "csrf": form.csrf ?? "",
                    "fields": form.fields.map { field -> [String: Any] in
                        var values: [String: Any] = [
                            "id": "f\(index)-\(field.name)", "name": field.name, "label": field.label, "value": field.value,
                            "hasHint": field.hint != nil, "hint": field.hint ?? "", "autocomplete": field.autocomplete ?? "off",
                        ]
                        switch field.kind {
                        case .select(let options):
                            values["isSelect"] = true
                            values["options"] = options.map {
                                ["value": $0.value, "label": $0.label, "selected": $0.value == field.value] as [String: Any]
                            }
                        case .text: values["type"] = "text"
                        case .password: values["type"] = "password"
                        case .file: values["type"] = "file"
                        }
                        return values
                    },
                ]
            },
        ]
    }
}

/// A report as a served page: the report's tables and charts inside the chrome.
public enum HTMLPage {
    public static func render(_ report: Report, chrome: PageChrome, generated: String = "") -> String {
        HTMLRenderer.render(report, generated: generated, chrome: chrome)
    }
}
