package io.systemprompt.database.metrics;

import io.systemprompt.database.config.EngineType;
import io.systemprompt.database.engine.ErrorKind;

/** What a database reports as it runs: failed statements and migration runs. */
public interface DatabaseObserver {
    /** Reports nothing. */
    DatabaseObserver NONE = new DatabaseObserver() { };

    /** A statement the engine rejected, by its portable kind. */
    default void statementFailed(EngineType engine, ErrorKind kind) {
    }

    /**
     * One step a (not dry) migrate or rollback run applied.
     *
     * @param kind       {@code schema}, {@code migration} or {@code rollback}
     * @param durationMs how long it ran
     */
    default void migrationStep(EngineType engine, String kind, String module, long durationMs) {
    }

    /** One failure of a migrate or rollback run, of the module named (or {@code "null"} when none). */
    default void migrationFailed(EngineType engine, String module) {
    }
}
