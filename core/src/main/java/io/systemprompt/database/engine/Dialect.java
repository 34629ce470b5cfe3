package io.systemprompt.database.engine;

import com.zaxxer.hikari.HikariConfig;
import io.systemprompt.database.config.DatabaseConfig;
import io.systemprompt.database.config.EngineType;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Everything that differs between engines, and nothing else. The core decides what to do and when;
 * a dialect only answers how its engine does it. Methods that take a {@link Connection} never close it
 * and never change its auto-commit mode unless they say so.
 *
 * <p>How to add an engine:
 * <ol>
 *   <li>Add a constant to {@link EngineType} and its settings to the configuration.</li>
 *   <li>Implement this interface in {@code engine.<name>}, and {@link ValueCodec} for its types.</li>
 *   <li>Map its error codes in {@link #classify(SQLException)}.</li>
 *   <li>Return it from {@link Dialects#forEngine(EngineType)}.</li>
 *   <li>Extend the dialect conformance test for it; the engine is done when that test passes.</li>
 * </ol>
 */
public interface Dialect {

    /** The engine this dialect speaks for. */
    EngineType type();

    /**
     * Called once, before the pool starts: sets the driver, URL or data source and the per-connection
     * session settings.
     */
    void configurePool(HikariConfig pool, DatabaseConfig config);

    /**
     * Starts a transaction on a connection that is in auto-commit mode. A read-only transaction is
     * enforced by the engine, so no statement in it can write. A write transaction on SQLite takes the
     * write lock up front ({@code BEGIN IMMEDIATE}), so writers queue instead of failing mid-way.
     */
    void begin(Connection connection, boolean readOnly) throws SQLException;

    /**
     * Commits the transaction started by {@link #begin} with the same {@code readOnly} flag and leaves
     * the connection in auto-commit, read-write mode. When the commit fails (a deferred constraint, say)
     * the transaction is left as it is, so the caller's {@link #rollback} ends it on a sane connection.
     */
    void commit(Connection connection, boolean readOnly) throws SQLException;

    /**
     * Rolls back the transaction started by {@link #begin} with the same {@code readOnly} flag and
     * leaves the connection in auto-commit, read-write mode; a failure to restore that mode is attached
     * to a rollback failure, never thrown over it.
     */
    void rollback(Connection connection, boolean readOnly) throws SQLException;

    /**
     * True when the engine admits one writer at a time (SQLite). The core then queues this process's
     * writers in a fair in-process gate, so they never spin on the engine's busy handler.
     */
    boolean singleWriter();

    /**
     * Takes the migration lock inside the current transaction; it is released at commit or rollback.
     * Waits at most {@code timeout}, then throws with the holder named where the engine can tell.
     * SQLite: the transaction's write lock already excludes other processes, so this only bounds the wait.
     */
    void lockMigrations(Connection connection, Duration timeout) throws SQLException;

    /**
     * True when a script's statements should travel to the engine as one JDBC batch, one round trip
     * instead of one per statement, because each round trip costs (a server over a network).
     * The core only batches statements that return no rows, and still reports a failure against the
     * failing statement's line:column. Default: false.
     */
    default boolean batchesScripts() {
        return false;
    }

    /** Who holds the migration lock now, if anyone and if the engine can tell. */
    Optional<String> migrationLockHolder(Connection connection) throws SQLException;

    /** The portable kind of an engine error. */
    ErrorKind classify(SQLException error);

    /** The 1-based character position of the error in the statement, where the engine reports it. */
    OptionalInt errorPosition(SQLException error);

    /** How Java values are bound and read back on this engine. */
    ValueCodec values();

    /** The engine's version string, e.g. {@code 3.50.1} or {@code 15.4}. */
    String serverVersion(Connection connection) throws SQLException;

    /** The SQL type used for timestamps in the tracking tables. */
    String timestampType();

    /** Reads the live schema. */
    io.systemprompt.database.catalog.CatalogReader catalog();

    /** What to check when no connection can be made: the settings that name this engine's database. */
    String connectionHint();

    /** Whole-database work this engine does its own way: clear, drop, load, sequences, backup. */
    Maintenance maintenance();

    /**
     * True when the engine cannot run the generic (SQLite-dialect) module SQL as written, so the core
     * translates a generic file before running it; an engine override file always runs as written.
     */
    boolean translatesGenericScripts();
}
