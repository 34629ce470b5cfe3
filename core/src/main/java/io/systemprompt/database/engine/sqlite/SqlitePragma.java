package io.systemprompt.database.engine.sqlite;

import io.systemprompt.database.config.DatabaseConfig;

/**
 * The SQLite profile every pooled connection gets. One table serves both to apply the settings and
 * to print them in {@code status}.
 */
public enum SqlitePragma {
    /** Readers never block the writer and the writer never blocks readers. */
    JOURNAL_MODE("journal_mode", "wal"),
    /** Safe with WAL: a power loss may lose the last commits but never corrupts the file. */
    SYNCHRONOUS("synchronous", "1"),
    /** SQLite leaves foreign keys unenforced unless asked, per connection. */
    FOREIGN_KEYS("foreign_keys", "1"),
    /** How long a writer waits for another process's write lock, from {@code DB_BUSY_TIMEOUT}. */
    BUSY_TIMEOUT("busy_timeout", null);

    private final String pragma;
    private final String expected;

    SqlitePragma(String pragma, String expected) {
        this.pragma = pragma;
        this.expected = expected;
    }

    /** The pragma's name, as in {@code PRAGMA name}. */
    public String pragma() {
        return pragma;
    }

    /** The value a connection should report for this configuration (memory databases keep their journal). */
    public String expected(DatabaseConfig config) {
        if (this == BUSY_TIMEOUT) {
            return String.valueOf(config.busyTimeoutMs());
        }
        return this == JOURNAL_MODE && config.inMemory() ? "memory" : expected;
    }
}
