package io.systemprompt.database.engine.postgres;

import com.zaxxer.hikari.HikariConfig;
import io.systemprompt.database.LockTimeoutException;
import io.systemprompt.database.config.DatabaseConfig;
import io.systemprompt.database.config.EngineType;
import io.systemprompt.database.config.HostAndPort;
import io.systemprompt.database.config.LockMode;
import io.systemprompt.database.engine.MigrationLease;
import io.systemprompt.database.catalog.TableInfo;
import io.systemprompt.database.engine.BulkLoader;
import io.systemprompt.database.engine.Dialect;
import io.systemprompt.database.engine.Maintenance;
import io.systemprompt.database.engine.ErrorKind;
import io.systemprompt.database.engine.ValueCodec;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** PostgreSQL through pgjdbc. */
public final class PostgresDialect implements Dialect {
    private static final Maintenance MAINTENANCE = new PostgresMaintenance();
    /** The advisory lock key of the migration lock: the ASCII bytes of "SPDBMIGR". */
    static final long MIGRATION_LOCK_KEY = 0x5350_4442_4d49_4752L;
    private static final long LOCK_POLL_MS = 50;

    private final ValueCodec values = new PostgresValueCodec();
    private final BulkLoader copy = new PostgresCopyLoader();

    @Override
    public EngineType type() {
        return EngineType.POSTGRES;
    }

    @Override
    public void configurePool(HikariConfig pool, DatabaseConfig c) {
        // Writes, transactions and migrations must never reach a standby (pgjdbc#3684): with several
        // hosts pgjdbc picks the one that is primary now, and after a failover new connections find the new one.
        configure(pool, c, c.postgresHosts(), "primary");
    }

    /**
     * Configures a pool for one read replica: the same settings as the primary's pool, but any server
     * type is accepted, since a replica is a standby by design.
     */
    @Override
    public void configureReplicaPool(HikariConfig pool, DatabaseConfig c, HostAndPort replica) {
        configure(pool, c, List.of(replica), "any");
        pool.setReadOnly(true);
    }

    private static void configure(HikariConfig pool, DatabaseConfig c, List<HostAndPort> hosts, String serverType) {
        // Each host entry is checked by the configuration and the database name is percent-encoded, so
        // neither can carry a URL parameter (db?sslmode=disable) that would override the properties below.
        pool.setJdbcUrl(PostgresUrl.of(hosts, c.postgresDatabase()));
        pool.setUsername(c.postgresUser());
        pool.setPassword(c.postgresPassword().isEmpty() ? null : c.postgresPassword());
        pool.addDataSourceProperty("sslmode", c.postgresSsl().pgValue());
        pool.addDataSourceProperty("targetServerType", serverType);
        pool.addDataSourceProperty("hostRecheckSeconds", "2");
        // Strings go untyped, so text binds into uuid, json and enum columns as SQLite would accept it.
        pool.addDataSourceProperty("stringtype", "unspecified");
        pool.addDataSourceProperty("reWriteBatchedInserts", "true");
        pool.addDataSourceProperty("ApplicationName", "systemprompt-database pid " + ProcessHandle.current().pid());
        pool.addDataSourceProperty("connectTimeout", String.valueOf(Math.max(1, c.connectTimeoutMs() / 1000)));
        if (c.scaleOut().pgbouncer()) {
            // Named server-side statements live in one server session; PgBouncer's transaction pooling hands
            // the next transaction another session, so only unnamed statements survive it (PgBouncer < 1.21).
            pool.addDataSourceProperty("prepareThreshold", "0");
        }
        // SQLite's CURRENT_TIMESTAMP is UTC; sessions in UTC give PostgreSQL the same meaning. TimeZone is a
        // parameter PgBouncer tracks per client, so this holds behind transaction pooling too.
        // A lock wait (a DROP behind another session's open transaction, say) ends after DB_LOCK_TIMEOUT.
        pool.setConnectionInitSql("SET TIME ZONE 'UTC'; SET lock_timeout = " + Math.max(1, c.lockTimeoutMs()));
    }

    /**
     * A read-only transaction starts with {@code BEGIN READ ONLY} (pgjdbc's read-only mode) and at once
     * runs a query: PostgreSQL lets a transaction switch to read-write only before its first query, so
     * neither {@code SET TRANSACTION READ WRITE} nor {@code set_config('transaction_read_only', …)} can
     * lift it afterwards. It is also REPEATABLE READ, so all its statements see one snapshot, as a
     * SQLite read transaction does: an export of several tables never mixes points in time.
     */
    @Override
    public OptionalLong replicaLagMs(Connection primary, Connection replica) throws SQLException {
        String primaryLsn;
        try (Statement s = primary.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_current_wal_lsn()::text")) {
            rs.next();
            primaryLsn = rs.getString(1);
        }
        // Lag in bytes decides whether the replica is behind; the age of its last replayed transaction says by
        // how long. A replica that has replayed the primary's position is current, however old that was.
        String sql = "SELECT pg_is_in_recovery(), pg_wal_lsn_diff(?::pg_lsn, pg_last_wal_replay_lsn()),"
                + " (EXTRACT(EPOCH FROM (clock_timestamp() - pg_last_xact_replay_timestamp())) * 1000)::bigint";
        try (PreparedStatement ps = replica.prepareStatement(sql)) {
            ps.setString(1, primaryLsn);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    return OptionalLong.empty();
                }
                double behind = rs.getDouble(2);
                long age = rs.getLong(3);
                return OptionalLong.of(behind <= 0 ? 0 : Math.max(1, rs.wasNull() ? Long.MAX_VALUE : age));
            }
        }
    }

    @Override
    public void begin(Connection c, boolean readOnly) throws SQLException {
        c.setAutoCommit(false);
        if (readOnly) {
            c.setReadOnly(true);
            try (Statement s = c.createStatement()) {
                s.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
                s.execute("SELECT 1");
            }
        }
    }

    @Override
    public Optional<String> readOnlyRefusal(String sql) {
        return PostgresReadOnly.RULES.refusal(sql);
    }

    @Override
    public void commit(Connection c, boolean readOnly) throws SQLException {
        if (readOnly) {
            // A read-only transaction has nothing to keep, and READ ONLY lets some writes through
            // (lo_create, lo_import, set_config(…, false), pg_notify): ending it with ROLLBACK undoes them.
            c.rollback();
        } else {
            // A failed commit keeps auto-commit off, so the caller's rollback still works.
            c.commit();
        }
        reset(c, readOnly);
    }

    @Override
    public void rollback(Connection c, boolean readOnly) throws SQLException {
        try {
            c.rollback();
        } catch (SQLException e) {
            resetAfter(e, c, readOnly);
            throw e;
        }
        reset(c, readOnly);
    }

    private static void resetAfter(SQLException first, Connection c, boolean readOnly) {
        try {
            reset(c, readOnly);
        } catch (SQLException e) {
            first.addSuppressed(e);
        }
    }

    private static void reset(Connection c, boolean readOnly) throws SQLException {
        c.setAutoCommit(true);
        if (readOnly) {
            c.setReadOnly(false);
        }
    }

    @Override
    public boolean singleWriter() {
        return false;
    }

    /** A transaction-scoped advisory lock, so it also works behind PgBouncer's transaction pooling. */
    @Override
    public void lockMigrations(Connection c, Duration timeout) throws SQLException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
            ps.setLong(1, MIGRATION_LOCK_KEY);
            while (true) {
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        return;
                    }
                }
                if (System.nanoTime() >= deadline) {
                    throw new LockTimeoutException("Timed out after " + timeout.toMillis()
                            + " ms waiting for the migration lock, held by "
                            + migrationLockHolder(c).orElse("another session")
                            + ". Wait for that migration to finish, or raise DB_LOCK_TIMEOUT.");
                }
                sleep();
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(LOCK_POLL_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LockTimeoutException("Interrupted while waiting for the migration lock.");
        }
    }

    /**
     * A lease with {@code DB_LOCK_MODE=lease}, and with {@code auto} on CockroachDB and YugabyteDB, whose
     * advisory-lock functions are stubs that always succeed (cockroach#13546) or were missing before 2.25.
     */
    @Override
    public Optional<MigrationLease> migrationLease(Connection c, LockMode mode) throws SQLException {
        if (mode == LockMode.ADVISORY) {
            return Optional.empty();
        }
        if (mode == LockMode.AUTO) {
            String version;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT version()")) {
                rs.next();
                version = rs.getString(1);
            }
            if (!(version.contains("CockroachDB") || version.contains("-YB-"))) {
                return Optional.empty();
            }
        }
        return Optional.of(PostgresLease.INSTANCE);
    }

    @Override
    public boolean batchesScripts() {
        return true;
    }

    /**
     * Format 2 of the tracking state: earlier translations gave every rowid table a per-row trigger
     * calling {@code spdb_advance_rowid()}; sequences are now moved once per script, so the function
     * goes, and CASCADE takes exactly the triggers that call it (nothing else can depend on a trigger
     * function). The sequences those triggers maintained are already past every id.
     */
    @Override
    public List<String> trackingUpgrades() {
        return List.of("DROP FUNCTION IF EXISTS spdb_advance_rowid() CASCADE");
    }

    /** Identity and serial columns own a sequence; the catalog shows them by their default. */
    @Override
    public List<String> identitySync(TableInfo table, long floor) {
        return table.columns().stream().filter(c -> c.defaultValue() != null
                        && (c.defaultValue().contains("IDENTITY") || c.defaultValue().startsWith("nextval(")))
                .map(c -> IdentityStatement.of(table.name(), c.name(), floor)).toList();
    }

    /** {@code COPY FROM STDIN}, the server's own bulk path. */
    @Override
    public Optional<BulkLoader> bulkLoader() {
        return Optional.of(copy);
    }

    /** {@code set_config(…, true)} is SET LOCAL with bound values. */
    @Override
    public void limitMigrationTransaction(Connection c, Duration lockTimeout, Duration statementTimeout)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT set_config('lock_timeout', ?, true), set_config('statement_timeout', ?, true)")) {
            ps.setString(1, lockTimeout.toMillis() + "ms");
            ps.setString(2, statementTimeout.toMillis() + "ms");
            ps.executeQuery().close();
        }
    }

    @Override
    public boolean isLockTimeout(SQLException error) {
        return "55P03".equals(error.getSQLState());
    }

    @Override
    public Optional<String> tableLockHolders(Connection c, java.util.Collection<String> tables) throws SQLException {
        return PostgresLockHolders.describe(c, tables);
    }

    @Override
    public Optional<String> migrationLockHolder(Connection c) throws SQLException {
        String sql = "SELECT a.pid, a.application_name, a.client_addr, a.xact_start FROM pg_locks l"
                + " JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted"
                + " AND ((l.classid::bigint << 32) | l.objid::bigint) = ? AND a.pid <> pg_backend_pid()";
        return PostgresFirstRow.describe(c, sql, MIGRATION_LOCK_KEY, rs -> "backend pid " + rs.getInt(1) + " ("
                + rs.getString(2) + ", client " + Optional.ofNullable(rs.getString(3)).orElse("local socket")
                + ", since " + rs.getString(4) + ")");
    }

    /** A lost connection, or a server that is shutting down or terminated the session. */
    @Override
    public boolean endsTransaction(SQLException error) {
        String state = error.getSQLState();
        return state != null && (state.startsWith("08") || state.startsWith("57P"));
    }

    @Override
    public ErrorKind classify(SQLException error) {
        return PostgresErrors.classify(error);
    }

    @Override
    public OptionalInt errorPosition(SQLException error) {
        return PostgresErrors.position(error);
    }

    @Override
    public ValueCodec values() {
        return values;
    }

    @Override
    public String serverVersion(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductVersion();
    }

    @Override
    public String timestampType() {
        return "TIMESTAMPTZ";
    }

    @Override
    public io.systemprompt.database.catalog.CatalogReader catalog() {
        return PostgresCatalogReader.INSTANCE;
    }

    @Override
    public String lostConnectionCheck() {
        return "check that the server is up (pg_isready)";
    }

    @Override
    public String connectionLostAdvice() {
        return "The connection to PostgreSQL was lost (a server restart or crash, pg_terminate_backend, or the"
                + " network); the server rolled back whatever this transaction had not committed. Check that"
                + " the server is up (pg_isready), then run the work again.";
    }

    @Override
    public String connectionHint() {
        return "Check that the server is running and POSTGRES_HOST, POSTGRES_PORT, POSTGRES_DB, "
                + "POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_SSL are right.";
    }

    @Override
    public Maintenance maintenance() {
        return MAINTENANCE;
    }

    @Override
    public boolean translatesGenericScripts() {
        return true;
    }
}
