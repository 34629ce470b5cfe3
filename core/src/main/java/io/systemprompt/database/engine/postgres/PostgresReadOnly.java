package io.systemprompt.database.engine.postgres;

import io.systemprompt.database.engine.ReadOnlyRules;

import java.util.Set;

/**
 * What a read-only transaction refuses on PostgreSQL besides writes, which the server refuses in a
 * {@code READ ONLY} transaction: statements that change the session ({@code SET}, {@code RESET},
 * {@code SET ROLE}, {@code SET SESSION AUTHORIZATION}, {@code DISCARD}), leave the database
 * ({@code COPY … TO/FROM PROGRAM} or a server file, {@code LOAD}), or run procedural code and
 * maintenance rather than a query.
 */
final class PostgresReadOnly {
    static final ReadOnlyRules RULES = new ReadOnlyRules(Set.of("SET", "RESET", "DISCARD", "COPY", "PREPARE",
            "EXECUTE", "DEALLOCATE", "LOAD", "DO", "CALL", "LOCK", "LISTEN", "UNLISTEN", "NOTIFY", "CHECKPOINT",
            "VACUUM", "ANALYZE", "CLUSTER", "REINDEX", "REFRESH"), null);

    private PostgresReadOnly() {
    }
}
