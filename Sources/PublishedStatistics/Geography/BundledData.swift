import Foundation

/// The Home Office and ONS tables that ship with the project (Open Government Licence v3.0;
/// see `Resources/data/PROVENANCE.md`), so a fresh clone needs no path to load real data.
public enum BundledData {
    public static var folder: URL {
        Bundle.module.resourceURL!.appendingPathComponent("data")
    }

    public static func file(_ name: String) -> URL { folder.appendingPathComponent(name) }

    public static func text(_ name: String) -> String {
        (try? String(contentsOf: file(name), encoding: .utf8)) ?? ""
    }

    /// Starts reading bundled lists (`load` touches their `static let`s) on a thread of their own
    /// while the caller does other work; whoever reads one afterwards waits for it, as a `static
    /// let` is made once.
    public static func loadInBackground(_ load: @escaping @Sendable () -> Void) {
        Thread(block: load).start()
    }
}
