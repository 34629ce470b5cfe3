package io.systemprompt.database.engine.postgres;

import com.zaxxer.hikari.HikariConfig;
import io.systemprompt.database.LockTimeoutException;
import io.systemprompt.database.config.DatabaseConfig;
import io.systemprompt.database.config.EngineType;
import io.systemprompt.database.engine.Dialect;
import io.systemprompt.database.engine.Maintenance;
import io.systemprompt.database.engine.ErrorKind;
import io.systemprompt.database.engine.ValueCodec;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/** PostgreSQL through pgjdbc. */
public final class PostgresDialect implements Dialect {
    private static final Maintenance MAINTENANCE = new PostgresMaintenance();
    /** The advisory lock key of the migration lock: the ASCII bytes of "SPDBMIGR". */
    static final long MIGRATION_LOCK_KEY = 0x5350_4442_4d49_4752L;
    private static final long LOCK_POLL_MS = 50;

    private final ValueCodec values = new PostgresValueCodec();

    @Override
    public EngineType type() {
        return EngineType.POSTGRES;
    }

    @Override
    public void configurePool(HikariConfig pool, DatabaseConfig c) {
        pool.setJdbcUrl("jdbc:postgresql://" + c.postgresHost() + ":" + c.postgresPort() + "/" + c.postgresDatabase());
        pool.setUsername(c.postgresUser());
        pool.setPassword(c.postgresPassword().isEmpty() ? null : c.postgresPassword());
        pool.addDataSourceProperty("sslmode", c.postgresSsl().pgValue());
        // Strings go untyped, so text binds into uuid, json and enum columns as SQLite would accept it.
        pool.addDataSourceProperty("stringtype", "unspecified");
        pool.addDataSourceProperty("reWriteBatchedInserts", "true");
        pool.addDataSourceProperty("ApplicationName", "systemprompt-database pid " + ProcessHandle.current().pid());
        pool.addDataSourceProperty("connectTimeout", String.valueOf(Math.max(1, c.connectTimeoutMs() / 1000)));
        // SQLite's CURRENT_TIMESTAMP is UTC; sessions in UTC give PostgreSQL the same meaning.
        pool.setConnectionInitSql("SET TIME ZONE 'UTC'");
    }

    @Override
    public void begin(Connection c, boolean readOnly) throws SQLException {
        c.setAutoCommit(false);
        if (readOnly) {
            c.setReadOnly(true);
        }
    }

    @Override
    public void commit(Connection c, boolean readOnly) throws SQLException {
        // A failed commit keeps auto-commit off, so the caller's rollback still works.
        c.commit();
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

    @Override
    public boolean batchesScripts() {
        return true;
    }

    @Override
    public Optional<String> migrationLockHolder(Connection c) throws SQLException {
        String sql = "SELECT a.pid, a.application_name, a.client_addr, a.xact_start FROM pg_locks l"
                + " JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted"
                + " AND ((l.classid::bigint << 32) | l.objid::bigint) = ? AND a.pid <> pg_backend_pid()";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, MIGRATION_LOCK_KEY);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of("backend pid " + rs.getInt(1) + " (" + rs.getString(2) + ", client "
                        + Optional.ofNullable(rs.getString(3)).orElse("local socket") + ", since "
                        + rs.getString(4) + ")");
            }
        }
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
