import Foundation
import Logging
import PartnershipCore
import PartnershipStore
import ProgrammeKit

/// Everything the server's routes share, built once by `smp serve` (or a test) and passed down:
/// the registry, the active region modules, the store, users and sessions, and the caches.
public struct ServerEnvironment: Sendable {
    public let registry: PlatformRegistry
    /// Active region modules (the regions people sign in to manage).
    public let regions: [Region]
    public let store: any SQLStore
    public let users: UserDirectory
    public let sessions: SessionStore
    public let passwords: PasswordHasher
    public let throttle: LoginThrottle
    public let cache: DataVersionCache
    let sessionCache = SessionCache()
    public let logger: Logger
    /// The day reports are evaluated on (today, or a fixed day in tests).
    public let today: @Sendable () -> Day
    /// True behind TLS (a reverse proxy): cookies are Secure and HSTS is sent.
    public let behindTLS: Bool

    public init(
        registry: PlatformRegistry, regions: [Region], store: any SQLStore, passwords: PasswordHasher = PasswordHasher(), logger: Logger,
        behindTLS: Bool = false, today: @escaping @Sendable () -> Day = { Day.today() }
    ) {
        self.registry = registry
        self.regions = regions
        self.store = store
        self.users = UserDirectory(store: store)
        self.sessions = SessionStore(store: store)
        self.passwords = passwords
        self.throttle = LoginThrottle()
        self.cache = DataVersionCache()
        self.logger = logger
        self.behindTLS = behindTLS
        self.today = today
    }

    public func region(_ id: String) -> Region? { regions.first { $0.id == id } }
}
