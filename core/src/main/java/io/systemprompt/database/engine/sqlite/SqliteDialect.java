package io.systemprompt.database.engine.sqlite;

import com.zaxxer.hikari.HikariConfig;
import io.systemprompt.database.UnableToConnectException;
import io.systemprompt.database.config.DatabaseConfig;
import io.systemprompt.database.config.EngineType;
import io.systemprompt.database.engine.Dialect;
import io.systemprompt.database.engine.Maintenance;
import io.systemprompt.database.engine.ErrorKind;
import io.systemprompt.database.engine.ValueCodec;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.core.DB;
import org.sqlite.SQLiteDataSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * SQLite through sqlite-jdbc. Connections stay in auto-commit mode and transactions are plain SQL
 * ({@code BEGIN IMMEDIATE} … {@code COMMIT}): sqlite-jdbc's own non-auto-commit mode begins the next
 * transaction inside {@code commit()}, which would leave an idle pooled connection holding the write lock.
 */
public final class SqliteDialect implements Dialect {
    private static final Maintenance MAINTENANCE = new SqliteMaintenance();
    private static final int SQLITE_OK = 0;
    private final ValueCodec values = new SqliteValueCodec();

    @Override
    public EngineType type() {
        return EngineType.SQLITE;
    }

    @Override
    public void configurePool(HikariConfig pool, DatabaseConfig config) {
        SqliteNativeLibrary.useStableCopy();
        SQLiteConfig sc = new SQLiteConfig();
        sc.enforceForeignKeys(true);
        sc.setBusyTimeout((int) Math.min(Integer.MAX_VALUE, config.busyTimeoutMs()));
        sc.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        SQLiteDataSource ds = new SQLiteDataSource(sc);
        if (config.inMemory()) {
            // A memory database lives as long as its one connection: never retire or add connections.
            ds.setUrl("jdbc:sqlite::memory:");
            pool.setMaximumPoolSize(1);
            pool.setMinimumIdle(1);
            pool.setMaxLifetime(0);
            pool.setIdleTimeout(0);
        } else {
            sc.setJournalMode(SQLiteConfig.JournalMode.WAL);
            ds.setConfig(sc);
            ds.setUrl("jdbc:sqlite:" + prepareFile(config.sqliteFile()));
        }
        pool.setDataSource(ds);
    }

    /** A file database gets a pool of connections that SQLite opens read-only ({@code SQLITE_OPEN_READONLY}). */
    @Override
    public boolean configureReadOnlyPool(HikariConfig pool, DatabaseConfig config) {
        if (config.inMemory()) {
            // A memory database has one connection; query_only and the statement check keep it read-only.
            return false;
        }
        SQLiteConfig sc = new SQLiteConfig();
        sc.setReadOnly(true);
        sc.enforceForeignKeys(true);
        sc.setBusyTimeout((int) Math.min(Integer.MAX_VALUE, config.busyTimeoutMs()));
        SQLiteDataSource ds = new SQLiteDataSource(sc);
        ds.setUrl("jdbc:sqlite:" + prepareFile(config.sqliteFile()));
        pool.setDataSource(ds);
        return true;
    }

    @Override
    public Optional<String> readOnlyRefusal(String sql) {
        return SqliteReadOnly.RULES.refusal(sql);
    }

    private static Path prepareFile(String file) {
        Path path = Path.of(file).toAbsolutePath().normalize();
        try {
            if (path.getParent() != null) {
                Files.createDirectories(path.getParent());
            }
        } catch (IOException e) {
            throw new UnableToConnectException("Cannot create the folder " + path.getParent()
                    + " for the SQLite database: " + e.getMessage()
                    + ". Set DATABASE_FILE to a path you can write to.", e);
        }
        return path;
    }

    @Override
    public void begin(Connection c, boolean readOnly) throws SQLException {
        if (readOnly) {
            control(c, "PRAGMA query_only = 1");
            control(c, "BEGIN DEFERRED");
        } else {
            control(c, "BEGIN IMMEDIATE");
        }
    }

    @Override
    public void commit(Connection c, boolean readOnly) throws SQLException {
        // A failed COMMIT (a deferred foreign key) leaves the transaction open for the caller's rollback.
        control(c, "COMMIT");
        reset(c, readOnly);
    }

    @Override
    public void rollback(Connection c, boolean readOnly) throws SQLException {
        try {
            control(c, "ROLLBACK");
        } catch (SQLException e) {
            resetAfter(e, c, readOnly);
            throw e;
        }
        reset(c, readOnly);
    }

    /**
     * Runs the statement through sqlite3_exec on the driver's connection: no JDBC statement, no prepared
     * statement object, which a transaction would otherwise create two to four times (measured: 56 bytes
     * allocated for BEGIN IMMEDIATE and COMMIT together, against 1,576 through Statement.execute).
     */
    @Override
    public void control(Connection c, String sql) throws SQLException {
        DB db = c.unwrap(SQLiteConnection.class).getDatabase();
        int rc = db._exec(sql);
        if (rc != SQLITE_OK) {
            db.throwex(rc);
        }
    }

    private void reset(Connection c, boolean readOnly) throws SQLException {
        if (readOnly) {
            control(c, "PRAGMA query_only = 0");
        }
    }

    private void resetAfter(SQLException first, Connection c, boolean readOnly) {
        try {
            reset(c, readOnly);
        } catch (SQLException e) {
            first.addSuppressed(e);
        }
    }

    @Override
    public boolean singleWriter() {
        return true;
    }

    @Override
    public void lockMigrations(Connection connection, Duration timeout) {
        // BEGIN IMMEDIATE already holds SQLite's write lock, which excludes every other process.
    }

    @Override
    public Optional<String> migrationLockHolder(Connection connection) {
        return Optional.empty();
    }

    @Override
    public boolean endsTransaction(SQLException error) {
        return SqliteErrors.endsTransaction(error);
    }

    @Override
    public ErrorKind classify(SQLException error) {
        return SqliteErrors.classify(error);
    }

    @Override
    public OptionalInt errorPosition(SQLException error) {
        return OptionalInt.empty();
    }

    @Override
    public ValueCodec values() {
        return values;
    }

    @Override
    public String serverVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT sqlite_version()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Override
    public String timestampType() {
        return "TEXT";
    }

    @Override
    public io.systemprompt.database.catalog.CatalogReader catalog() {
        return SqliteCatalogReader.INSTANCE;
    }

    @Override
    public String connectionHint() {
        return "Check that DATABASE_FILE names a file you can read and write.";
    }

    @Override
    public Maintenance maintenance() {
        return MAINTENANCE;
    }

    @Override
    public boolean translatesGenericScripts() {
        return false;
    }
}
