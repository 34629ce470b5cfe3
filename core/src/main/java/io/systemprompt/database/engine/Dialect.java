package io.systemprompt.database.engine;

import com.zaxxer.hikari.HikariConfig;
import io.systemprompt.database.config.DatabaseConfig;
import io.systemprompt.database.config.EngineType;
import io.systemprompt.database.config.HostAndPort;
import io.systemprompt.database.config.LockMode;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

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
     * Runs one parameterless transaction-control statement ({@code SAVEPOINT x}, {@code RELEASE SAVEPOINT x},
     * {@code ROLLBACK TO SAVEPOINT x}) that returns no rows. Hot paths run it once or twice per transaction,
     * so an engine may run it without a JDBC statement.
     */
    default void control(Connection connection, String sql) throws SQLException {
        try (java.sql.Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

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

    /**
     * Configures the pool of one read replica (PostgreSQL only). Called once per replica, before its pool
     * starts. Engines without replicas keep the default, which refuses.
     */
    default void configureReplicaPool(HikariConfig pool, DatabaseConfig config, HostAndPort replica) {
        throw new UnsupportedOperationException(type().id() + " has no read replicas; unset POSTGRES_REPLICA_HOSTS.");
    }

    /**
     * How far a replica's replay is behind the primary, in milliseconds: 0 when it has replayed everything
     * the primary has written, else the age of the last transaction it replayed. Empty when the server is
     * not a replica (for example after it was promoted), so it must not serve replica reads.
     */
    default OptionalLong replicaLagMs(Connection primary, Connection replica) throws SQLException {
        return OptionalLong.empty();
    }

    /**
     * The migration lease of this engine when the configured lock mode asks for one: {@code lease}, or
     * {@code auto} on a server whose advisory locks cannot be trusted. Empty means the core uses
     * {@link #lockMigrations}. Called once per migration run with a pooled connection. Default: empty.
     */
    default Optional<MigrationLease> migrationLease(Connection connection, LockMode mode) throws SQLException {
        return Optional.empty();
    }

    /**
     * Statements that bring objects made by earlier versions of this library up to date, run in order
     * under the migration lock each time the tracking tables are ensured. Each must be idempotent and
     * cheap when there is nothing to do, since it runs on every migrate that has work. Default: none.
     */
    default java.util.List<String> trackingUpgrades() {
        return java.util.List.of();
    }

    /**
     * The engine's bulk path for appending rows (data import, engine copy, restore), if it has one
     * faster than batched INSERTs. Default: none, and the core batches INSERTs.
     */
    default java.util.Optional<BulkLoader> bulkLoader() {
        return java.util.Optional.empty();
    }

    /**
     * The statements that move a table's id sequences past its largest id (and at least to
     * {@code floor}), run after rows were loaded with their ids; one per sequence-owning column, none on
     * engines whose ids follow the largest row by themselves (SQLite). Default: none.
     */
    default java.util.List<String> identitySync(io.systemprompt.database.catalog.TableInfo table, long floor) {
        return java.util.List.of();
    }

    /**
     * Bounds the current migration transaction: how long a statement may wait for a table lock, and how
     * long it may run (each 0 for no limit). Scoped to the transaction ({@code SET LOCAL}), so a pooled
     * connection keeps its settings. Default: nothing, for engines whose writers already hold the only
     * write lock (SQLite).
     */
    default void limitMigrationTransaction(Connection connection, Duration lockTimeout, Duration statementTimeout)
            throws SQLException {
    }

    /**
     * True when the error is a lock wait that ran out of {@code lock_timeout} (PostgreSQL SQLSTATE 55P03),
     * which a migration run retries with back-off. Default: false.
     */
    default boolean isLockTimeout(SQLException error) {
        return false;
    }

    /**
     * Sets up a second, small pool whose connections the driver opens read-only, for read-only
     * transactions, and returns true; or returns false when the engine keeps a transaction read-only
     * on an ordinary connection (PostgreSQL) or has no second connection (a SQLite memory database).
     * Default: false.
     */
    default boolean configureReadOnlyPool(HikariConfig pool, DatabaseConfig config) {
        return false;
    }

    /**
     * The sessions holding locks on any of these tables, with what they run, for the message of a
     * migration that gave up waiting. Empty when nobody does or the engine cannot tell (the default).
     *
     * @param tables table names as written in the statements (lower-case unless quoted)
     */
    default Optional<String> tableLockHolders(Connection connection, java.util.Collection<String> tables)
            throws SQLException {
        return Optional.empty();
    }

    /**
     * Why {@code sql} may not run in a read-only transaction (it could switch read-only off, escape it
     * or hide a second statement), or empty when it may run. The engine still refuses any write.
     */
    Optional<String> readOnlyRefusal(String sql);

    /** Who holds the migration lock now, if anyone and if the engine can tell. */
    Optional<String> migrationLockHolder(Connection connection) throws SQLException;

    /**
     * True when the engine ends the whole transaction on this error by itself (SQLite on a full disk or
     * an I/O error, PostgreSQL when the connection is lost): nothing may run after it on that
     * connection, since it would run outside any transaction.
     */
    boolean endsTransaction(SQLException error);

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

    /**
     * What a lost connection means for the caller's work, and what to check, in this engine's terms;
     * by default the words for an embedded database.
     */
    default String connectionLostAdvice() {
        return "The connection to the database was closed; whatever this transaction had not committed was"
                + " rolled back. Run the work again.";
    }

    /** What to check after a lost connection, as a lower-case clause: for an embedded database, its file. */
    default String lostConnectionCheck() {
        return "check the database file and its folder (disk space, permissions, the disk itself)";
    }

    /** Whole-database work this engine does its own way: clear, drop, load, sequences, backup. */
    Maintenance maintenance();

    /**
     * True when the engine cannot run the generic (SQLite-dialect) module SQL as written, so the core
     * translates a generic file before running it; an engine override file always runs as written.
     */
    boolean translatesGenericScripts();
}
