package io.systemprompt.database.config;

import java.util.Locale;

/** How the migration lock is taken on PostgreSQL ({@code DB_LOCK_MODE}). */
public enum LockMode {
    /** Advisory locks, unless the server is CockroachDB or YugabyteDB, whose advisory locks are missing or fake. */
    AUTO,
    /** A transaction-scoped advisory lock ({@code pg_try_advisory_xact_lock}). */
    ADVISORY,
    /**
     * A lease: a row in a tracking table with owner, host, process and expiry, renewed while a run lasts and
     * taken over only after it expires. For engines without real advisory locks.
     */
    LEASE;

    /** Accepted values, for messages. */
    public static final String ACCEPTED = "auto, advisory, lease";

    /** The mode for a setting's text, or null when unknown. */
    public static LockMode parse(String value) {
        for (LockMode m : values()) {
            if (m.name().equalsIgnoreCase(value.trim())) {
                return m;
            }
        }
        return null;
    }

    /** The setting's spelling. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
