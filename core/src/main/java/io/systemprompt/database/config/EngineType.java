package io.systemprompt.database.config;

import java.util.Locale;

/** The database engines this library runs on. */
public enum EngineType {
    /** An embedded SQLite file (the default). */
    SQLITE("sqlite"),
    /** A PostgreSQL server. */
    POSTGRES("postgres");

    private final String id;

    EngineType(String id) {
        this.id = id;
    }

    /** The lower-case name used in {@code DATABASE_TYPE}, file suffixes and output. */
    public String id() {
        return id;
    }

    /** The engine's proper name, for messages: {@code SQLite}, {@code PostgreSQL}. */
    public String displayName() {
        return this == POSTGRES ? "PostgreSQL" : "SQLite";
    }

    /** Parses {@code sqlite} or {@code postgres} (also {@code postgresql}), ignoring case; null if unknown. */
    public static EngineType parse(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (v.equals("postgresql")) {
            return POSTGRES;
        }
        for (EngineType t : values()) {
            if (t.id.equals(v)) {
                return t;
            }
        }
        return null;
    }
}
