import Foundation

/// A progress line on stderr for work that takes longer than a second, redrawn in place; nothing
/// at all when stderr is not a terminal (logs and pipes stay clean).
public final class ProgressLine: @unchecked Sendable {
    private let label: String
    private let started = Date()
    private let enabled = isatty(STDERR_FILENO) == 1
    private var shown = false
    private var lastPercent = -1

    public init(_ label: String) { self.label = label }

    public func update(_ fraction: Double) {
        guard enabled, Date().timeIntervalSince(started) > 1 else { return }
        let percent = Int(fraction * 100)
        guard percent != lastPercent else { return }
        lastPercent = percent
        shown = true
        FileHandle.standardError.write(Data("\r\(label): \(percent)%\u{1B}[K".utf8))
    }

    public func finish() {
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }

    public var elapsed: TimeInterval { Date().timeIntervalSince(started) }
}
