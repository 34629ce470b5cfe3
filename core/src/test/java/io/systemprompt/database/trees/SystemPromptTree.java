package io.systemprompt.database.trees;

import io.systemprompt.database.testing.ModuleTree;
import java.nio.file.Path;

/**
 * Writes a module tree shaped like SystemPrompt OS's own: a {@code core/database} module with its own
 * {@code database/} folder, bare-name dependencies, a runtime cycle between users and permissions with
 * no foreign key between them, keys other tools own, {@code ${VAR:-x}} values and a disabled module.
 */
final class SystemPromptTree {

    private SystemPromptTree() {
    }

    static Path write(Path root) {
        ModuleTree tree = new ModuleTree(root);
        tree.module("core/logger").yaml("""
                name: logger
                type: core
                version: 1.0.0
                enabled: true
                config:
                  level: ${LOG_LEVEL:-info}
                  file: ${LOG_FILE:-./logs/system.log}
                exports: [LoggerService]
                dependencies: []
                """).schema("""
                CREATE TABLE IF NOT EXISTS logger_entries (
                  id INTEGER PRIMARY KEY AUTOINCREMENT,
                  level TEXT NOT NULL,
                  message TEXT NOT NULL,
                  created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
                );
                """);
        tree.module("core/database").yaml("""
                name: database
                type: core
                version: ${DATABASE_MODULE_VERSION:-2.1.0}
                description: The persistence layer
                config:
                  type: ${DATABASE_TYPE:-sqlite}
                  sqlite:
                    filename: ${DATABASE_FILE:-./state/database.db}
                cli:
                  commands:
                    - name: status
                      description: Show database status
                dependencies: [logger]
                """).schema("""
                CREATE TABLE IF NOT EXISTS database_settings (
                  key TEXT PRIMARY KEY,
                  value TEXT NOT NULL,
                  encrypted BOOLEAN NOT NULL DEFAULT FALSE
                );
                """).init("INSERT OR IGNORE INTO database_settings (key, value) VALUES ('schema.version', '2');\n");
        tree.module("core/users").yaml("""
                name: users
                type: core
                version: 1.0.0
                dependencies: [logger, database, permissions]
                """).schema("""
                CREATE TABLE IF NOT EXISTS users (
                  id INTEGER PRIMARY KEY AUTOINCREMENT,
                  username TEXT NOT NULL UNIQUE,
                  active BOOLEAN NOT NULL DEFAULT TRUE,
                  created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
                );
                CREATE INDEX IF NOT EXISTS idx_users_active ON users(active);
                """).migration("001_add_email.sql", "ALTER TABLE users ADD COLUMN email TEXT;\n");
        tree.module("core/permissions").yaml("""
                name: permissions
                type: core
                version: 1.0.0
                dependencies: [users, database]
                """).schema("""
                CREATE TABLE IF NOT EXISTS permissions_roles (
                  id INTEGER PRIMARY KEY AUTOINCREMENT,
                  name TEXT NOT NULL UNIQUE
                );
                CREATE TABLE IF NOT EXISTS permissions_grants (
                  role_id INTEGER NOT NULL REFERENCES permissions_roles(id) ON DELETE CASCADE,
                  permission TEXT NOT NULL,
                  PRIMARY KEY (role_id, permission)
                );
                """).init("INSERT OR IGNORE INTO permissions_roles (name) VALUES ('admin');\n");
        tree.module("core/auth").yaml("""
                name: auth
                type: service
                version: 1.0.0
                dependencies: [users, logger]
                """).schema("""
                CREATE TABLE IF NOT EXISTS auth_sessions (
                  id TEXT PRIMARY KEY,
                  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                  expires_at TIMESTAMP NOT NULL
                );
                CREATE INDEX IF NOT EXISTS idx_auth_sessions_user ON auth_sessions(user_id);
                """).migration("001_add_sessions_ip.sql", "ALTER TABLE auth_sessions ADD COLUMN ip TEXT;\n");
        tree.module("extensions/legacy").yaml("""
                name: legacy
                enabled: ${LEGACY_MODULE_ENABLED_NOT_SET:-false}
                dependencies: [users]
                """).schema("CREATE TABLE IF NOT EXISTS legacy_items (id INTEGER PRIMARY KEY);\n");
        return root;
    }
}
