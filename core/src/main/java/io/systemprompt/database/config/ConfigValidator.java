package io.systemprompt.database.config;

/** Range checks for {@link DatabaseConfig}; values are rejected, never silently clamped. */
final class ConfigValidator {
    /** HikariCP replaces a smaller idle timeout with its default, so smaller values are refused here. */
    static final long MIN_IDLE_TIMEOUT_MS = 10_000;
    /** HikariCP's floor for the connection timeout. */
    static final long MIN_CONNECT_TIMEOUT_MS = 250;

    private ConfigValidator() {
    }

    static void validate(EngineType engine, String sqliteFile, String host, int port, String db, String user,
            int poolMin, int poolMax, long idleTimeoutMs, long connectTimeoutMs, long busyTimeoutMs,
            long lockTimeoutMs) {
        if (engine == EngineType.SQLITE) {
            requireText("DATABASE_FILE", sqliteFile);
        } else {
            // Each entry of the host list is checked by HostAndPort, so no URL text can reach the driver.
            requireText("POSTGRES_HOST", host);
            requireText("POSTGRES_DB", db);
            requireText("POSTGRES_USER", user);
            if (port < 1 || port > 65535) {
                throw ConfigurationException.invalid("POSTGRES_PORT", String.valueOf(port), "a port from 1 to 65535");
            }
        }
        if (poolMax < 1) {
            throw ConfigurationException.invalid("DB_POOL_MAX", String.valueOf(poolMax), "a whole number of at least 1");
        }
        if (poolMin < 0) {
            throw ConfigurationException.invalid("DB_POOL_MIN", String.valueOf(poolMin), "a whole number of at least 0");
        }
        if (poolMin > poolMax) {
            throw new ConfigurationException("DB_POOL_MIN", "DB_POOL_MIN=" + poolMin + " is greater than DB_POOL_MAX="
                    + poolMax + "; accepted values are 0 to DB_POOL_MAX. Lower DB_POOL_MIN or raise DB_POOL_MAX.");
        }
        if (idleTimeoutMs != 0 && idleTimeoutMs < MIN_IDLE_TIMEOUT_MS) {
            throw ConfigurationException.invalid("DB_IDLE_TIMEOUT", String.valueOf(idleTimeoutMs),
                    "0 (never retire idle connections) or at least " + MIN_IDLE_TIMEOUT_MS + " milliseconds");
        }
        if (connectTimeoutMs < MIN_CONNECT_TIMEOUT_MS) {
            throw ConfigurationException.invalid("DB_CONNECT_TIMEOUT", String.valueOf(connectTimeoutMs),
                    "at least " + MIN_CONNECT_TIMEOUT_MS + " milliseconds");
        }
        requireNonNegative("DB_BUSY_TIMEOUT", busyTimeoutMs);
        requireNonNegative("DB_LOCK_TIMEOUT", lockTimeoutMs);
    }

    static void validateMigrationTimeouts(long lockTimeoutMs, long statementTimeoutMs) {
        requireNonNegative("DB_MIGRATION_LOCK_TIMEOUT", lockTimeoutMs);
        requireNonNegative("DB_MIGRATION_STATEMENT_TIMEOUT", statementTimeoutMs);
    }

    private static void requireText(String variable, String value) {
        if (value == null || value.isBlank()) {
            throw ConfigurationException.invalid(variable, value == null ? "" : value, "a non-empty value");
        }
    }

    private static void requireNonNegative(String variable, long value) {
        if (value < 0) {
            throw ConfigurationException.invalid(variable, String.valueOf(value), "0 or more milliseconds");
        }
    }
}
