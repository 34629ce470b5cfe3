-- Translation corpus: written in SQLite's dialect, run unchanged on SQLite and translated on PostgreSQL.
CREATE TABLE IF NOT EXISTS users (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    email TEXT NOT NULL UNIQUE,
    display_name VARCHAR(100),
    is_active BOOLEAN NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
    role TEXT NOT NULL DEFAULT 'member' CHECK (role IN ('member', 'admin')), -- enum (it's checked)
    api_token TEXT NOT NULL DEFAULT (lower(hex(randomblob(16)))),
    created_text TEXT DEFAULT CURRENT_TIMESTAMP,
    created_at DATETIME DEFAULT CURRENT_TIMESTAMP,
    updated_at DATETIME DEFAULT (datetime('now'))
);

CREATE TRIGGER IF NOT EXISTS users_touch_updated_at AFTER UPDATE ON users FOR EACH ROW
BEGIN
    UPDATE users SET updated_at = CURRENT_TIMESTAMP WHERE id = NEW.id;
END;

CREATE TABLE IF NOT EXISTS app_settings (
    `key` TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    type TEXT NOT NULL DEFAULT 'string',
    timestamp DATETIME DEFAULT CURRENT_TIMESTAMP,
    meta JSON
);

CREATE TABLE IF NOT EXISTS sessions (
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    device TEXT NOT NULL,
    score REAL DEFAULT 0,
    PRIMARY KEY (user_id, device)
);

CREATE TABLE IF NOT EXISTS audit (
    id INTEGER PRIMARY KEY,
    user_id INTEGER,
    what TEXT NOT NULL
);

CREATE TRIGGER users_audit_insert AFTER INSERT ON users
BEGIN
    INSERT INTO audit (user_id, what) VALUES (NEW.id, 'created; "quoted"');
END;

CREATE UNIQUE INDEX IF NOT EXISTS idx_users_active_name ON users (display_name) WHERE is_active = 1;
CREATE INDEX IF NOT EXISTS idx_sessions_user ON sessions (user_id) /* trailing (comment); it's */
