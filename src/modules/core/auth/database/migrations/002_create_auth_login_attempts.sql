-- Failed and successful logins, for lock-out rules (see auth_sessions).
CREATE TABLE IF NOT EXISTS auth_login_attempts (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  user_id INTEGER NOT NULL,
  succeeded BOOLEAN NOT NULL DEFAULT 0,
  details TEXT, -- JSON: {"reason": "bad password", "ip": "..."}; NULL when there's nothing to add
  attempted_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE
);

CREATE INDEX IF NOT EXISTS idx_auth_login_attempts_user ON auth_login_attempts(user_id, attempted_at);
