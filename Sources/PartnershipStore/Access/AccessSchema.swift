/// The tables behind sign-in: users (a role and a password hash, never a password) and sessions
/// (only a token's SHA-256 is kept, so a copy of the store cannot be used to sign in). Part of the
/// core schema, so the CLI and the server open the same store.
enum AccessSchema {
    static let migration = Migration(
        "core.v5.users-and-sessions",
        [
            """
            CREATE TABLE app_user (
                username TEXT PRIMARY KEY,
                role TEXT NOT NULL,
                region TEXT,
                programme TEXT,
                password_hash TEXT NOT NULL,
                disabled INTEGER NOT NULL,
                created_at TEXT NOT NULL
            )
            """,
            """
            CREATE TABLE app_session (
                token_hash TEXT PRIMARY KEY,
                username TEXT NOT NULL REFERENCES app_user(username),
                csrf_token TEXT NOT NULL,
                created_at TEXT NOT NULL,
                expires_at TEXT NOT NULL,
                revoked_at TEXT
            )
            """,
            "CREATE INDEX app_session_user ON app_session (username)",
        ])
}
