-- Authentication: sessions, API tokens and role assignments for users (core/users).

CREATE TABLE IF NOT EXISTS auth_sessions (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  user_id INTEGER NOT NULL,
  token_hash VARCHAR(64) NOT NULL UNIQUE, -- SHA-256 of the token; the token itself is never stored
  metadata TEXT NOT NULL DEFAULT '{}', -- JSON, e.g. {"ip": "127.0.0.1", "agent": "spdb (cli)"}
  expires_at TIMESTAMP NOT NULL,
  created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE
);

CREATE INDEX IF NOT EXISTS idx_auth_sessions_user ON auth_sessions(user_id);

CREATE TABLE IF NOT EXISTS auth_tokens (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  user_id INTEGER NOT NULL,
  name VARCHAR(100) NOT NULL,
  type VARCHAR(20) NOT NULL DEFAULT 'api' CHECK (type IN ('api', 'refresh')),
  scopes TEXT NOT NULL DEFAULT '[]', -- JSON array of scopes; "admin" implies all (see auth_roles)
  revoked BOOLEAN NOT NULL DEFAULT FALSE,
  created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE,
  UNIQUE (user_id, name)
);

CREATE INDEX IF NOT EXISTS idx_auth_tokens_user ON auth_tokens(user_id);

CREATE TABLE IF NOT EXISTS auth_roles (
  name VARCHAR(50) PRIMARY KEY, -- e.g. 'admin'; a role's name can't change (it's a key)
  description TEXT
);

CREATE TABLE IF NOT EXISTS auth_user_roles (
  user_id INTEGER NOT NULL,
  role VARCHAR(50) NOT NULL, -- the user's "primary" role (see auth)
  granted_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (user_id, role),
  FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE,
  FOREIGN KEY (role) REFERENCES auth_roles(name) ON DELETE CASCADE
);

CREATE INDEX IF NOT EXISTS idx_auth_user_roles_role ON auth_user_roles(role);
