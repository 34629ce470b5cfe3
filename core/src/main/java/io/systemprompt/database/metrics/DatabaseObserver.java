package io.systemprompt.database.metrics;

import io.systemprompt.database.config.EngineType;
import io.systemprompt.database.engine.ErrorKind;
import io.systemprompt.database.migrate.MigrationResult;

/** What a database reports as it runs: failed statements and migration runs. */
public interface DatabaseObserver {
    /** Reports nothing. */
    DatabaseObserver NONE = new DatabaseObserver() { };

    /** A statement the engine rejected, by its portable kind. */
    default void statementFailed(EngineType engine, ErrorKind kind) {
    }

    /** A finished (not dry) migrate or rollback run: its applied steps and failures. */
    default void migrationRun(EngineType engine, MigrationResult result) {
    }
}
