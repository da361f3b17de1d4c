import Hummingbird
import NIOCore

/// The per-request context: Hummingbird's core storage and the peer's address (for the sign-in
/// throttle). Who is signed in is resolved per route, after the route's permission is known.
public struct ServerContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    public let remoteAddress: SocketAddress?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }

    /// Uploads (a Home Office table) up to 64 MB; larger files go through `smp import`.
    public var maxUploadSize: Int { ServerLimits.upload }
}

/// The server's stated limits.
public enum ServerLimits {
    public static let upload = 64 * 1024 * 1024
    /// Forms and JSON bodies.
    public static let form = 64 * 1024
}
