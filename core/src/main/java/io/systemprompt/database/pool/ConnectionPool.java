package io.systemprompt.database.pool;

import io.systemprompt.database.metrics.DatabaseMetrics;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import com.zaxxer.hikari.pool.HikariPool;
import io.systemprompt.database.ConnectionWork;
import io.systemprompt.database.PoolStats;
import io.systemprompt.database.UnableToConnectException;
import io.systemprompt.database.config.DatabaseConfig;
import io.systemprompt.database.config.HostAndPort;
import io.systemprompt.database.engine.Dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;

/**
 * Owns the pooled {@link DataSource} (HikariCP) and the single-writer gate. Nothing else in the
 * library opens connections.
 */
public final class ConnectionPool implements AutoCloseable {
    /** Read-only connections at most: reads are short and a SQLite file admits many readers at once. */
    private static final int READ_ONLY_POOL_MAX = 4;

    private final HikariDataSource dataSource;
    private final DatabaseConfig config;
    private final Dialect dialect;
    private final WriteGate writeGate;

    private ConnectionPool(HikariDataSource dataSource, DatabaseConfig config, Dialect dialect) {
        this.dataSource = dataSource;
        this.config = config;
        this.dialect = dialect;
        this.writeGate = WriteGate.forDialect(dialect, config.busyTimeoutMs(),
                !config.inMemory() && config.poolMax() >= 2, this::borrow, this::evict);
    }

    /** A pool with the given gate (read-only and replica pools, whose writers never pass it). */
    private ConnectionPool(HikariDataSource dataSource, DatabaseConfig config, Dialect dialect, WriteGate writeGate) {
        this.dataSource = dataSource;
        this.config = config;
        this.dialect = dialect;
        this.writeGate = writeGate;
    }

    /** Starts the pool; fails fast with {@link UnableToConnectException} when no connection can be made. */
    public static ConnectionPool open(DatabaseConfig config, Dialect dialect) {
        HikariConfig hc = new HikariConfig();
        hc.setPoolName("systemprompt-database-" + dialect.type().id());
        hc.setMinimumIdle(config.poolMin());
        hc.setMaximumPoolSize(config.poolMax());
        hc.setIdleTimeout(config.idleTimeoutMs());
        hc.setConnectionTimeout(config.connectTimeoutMs());
        hc.setAutoCommit(true);
        dialect.configurePool(hc, config);
        DatabaseMetrics.configurePool(hc);   // pool metrics when Micrometer is on the class path
        try {
            HikariDataSource ds = new HikariDataSource(hc);
            return new ConnectionPool(ds, config, dialect);
        } catch (HikariPool.PoolInitializationException e) {
            throw new UnableToConnectException("Cannot connect to " + config.engine().id() + " at "
                    + config.describeLocation() + ": " + rootMessage(e) + ". " + dialect.connectionHint(), e);
        }
    }

    /**
     * Starts the pool of one read replica. A replica that is down does not stop the start: its pool
     * keeps trying, and it stays out of rotation until it answers.
     */
    public static ConnectionPool openReplica(DatabaseConfig config, Dialect dialect, HostAndPort replica) {
        HikariConfig hc = new HikariConfig();
        hc.setPoolName("systemprompt-database-replica-" + replica);
        hc.setMinimumIdle(0);
        hc.setMaximumPoolSize(config.poolMax());
        hc.setIdleTimeout(config.idleTimeoutMs());
        hc.setConnectionTimeout(config.connectTimeoutMs());
        hc.setInitializationFailTimeout(-1);
        hc.setAutoCommit(true);
        dialect.configureReplicaPool(hc, config, replica);
        return new ConnectionPool(new HikariDataSource(hc), config, dialect, WriteGate.forDialect(dialect, 0));
    }

    /**
     * Starts the small pool of driver-level read-only connections that read-only transactions use, or
     * returns null when the engine keeps read-only transactions on the ordinary pool
     * (see {@link Dialect#configureReadOnlyPool}). It keeps no idle connection beyond need.
     */
    public static ConnectionPool openReadOnly(DatabaseConfig config, Dialect dialect) {
        HikariConfig hc = new HikariConfig();
        hc.setPoolName("systemprompt-database-" + dialect.type().id() + "-read-only");
        hc.setMinimumIdle(0);
        hc.setMaximumPoolSize(Math.max(1, Math.min(READ_ONLY_POOL_MAX, config.poolMax())));
        hc.setIdleTimeout(config.idleTimeoutMs());
        hc.setConnectionTimeout(config.connectTimeoutMs());
        hc.setAutoCommit(true);
        // Hikari sets this flag on each new connection; sqlite-jdbc accepts it only when it matches.
        hc.setReadOnly(true);
        // No connection is opened up front; the first read-only transaction opens one.
        hc.setInitializationFailTimeout(-1);
        if (!dialect.configureReadOnlyPool(hc, config)) {
            return null;
        }
        try {
            return new ConnectionPool(new HikariDataSource(hc), config, dialect, WriteGate.forDialect(dialect, 0));
        } catch (HikariPool.PoolInitializationException e) {
            throw new UnableToConnectException("Cannot open a read-only connection to " + config.engine().id()
                    + " at " + config.describeLocation() + ": " + rootMessage(e) + ". " + dialect.connectionHint(), e);
        }
    }

    /**
     * Borrows a connection; the caller closes it to return it. A pool that stays exhausted for
     * {@code DB_CONNECT_TIMEOUT} gives an {@link UnableToConnectException}, never a hang.
     */
    public Connection borrow() {
        try {
            return dataSource.getConnection();
        } catch (SQLTransientConnectionException e) {
            if (e.getCause() != null) {
                // The pool had room but opening a connection failed: say why, not that the pool was busy.
                throw new UnableToConnectException("Cannot connect to " + config.engine().id() + " at "
                        + config.describeLocation() + " within " + config.connectTimeoutMs() + " ms: "
                        + rootMessage(e) + ". " + dialect.connectionHint(), e);
            }
            HikariPoolMXBean mx = dataSource.getHikariPoolMXBean();
            throw new UnableToConnectException("No database connection became free within "
                    + config.connectTimeoutMs() + " ms (pool of " + config.poolMax() + ", "
                    + (mx == null ? "?" : mx.getActiveConnections()) + " in use, "
                    + (mx == null ? "?" : mx.getThreadsAwaitingConnection()) + " waiting). "
                    + "Close handles and transactions promptly, or raise DB_POOL_MAX or DB_CONNECT_TIMEOUT.", e);
        } catch (SQLException e) {
            throw new UnableToConnectException("Cannot connect to " + config.engine().id() + " at "
                    + config.describeLocation() + ": " + rootMessage(e) + ". " + dialect.connectionHint(), e);
        }
    }

    /** Drops a connection from the pool instead of reusing it, e.g. when its state is unknown. */
    public void evict(Connection connection) {
        dataSource.evictConnection(connection);
    }

    /** The pooled data source, for use with other JDBC tools. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** The gate that queues this process's writers where the engine has one writer at a time. */
    public WriteGate writeGate() {
        return writeGate;
    }

    /**
     * Enters the write gate, borrows a connection, runs {@code work} on it in auto-commit mode and gives
     * both back, whatever happens. For writes that must run outside a transaction or that manage their
     * own (VACUUM, statements an engine refuses in a transaction, a clear with enforcement switched off).
     * An {@link SQLException} from the work, or from returning the connection, is thrown as it is.
     */
    public <T> T withWriteConnection(ConnectionWork<T> work) throws SQLException {
        writeGate.enter();
        try (Connection c = borrow()) {
            return work.apply(c);
        } finally {
            writeGate.leave();
        }
    }

    /** Connections now in use, idle and in total. */
    public PoolStats stats() {
        HikariPoolMXBean mx = dataSource.getHikariPoolMXBean();
        if (mx == null) {
            return new PoolStats(0, 0, 0, config.poolMax());
        }
        return new PoolStats(mx.getActiveConnections(), mx.getIdleConnections(), mx.getTotalConnections(),
                dataSource.getMaximumPoolSize());
    }

    @Override
    public void close() {
        try {
            writeGate.close();
        } finally {
            dataSource.close();
        }
    }

    /** The innermost message, which names the actual cause; pgjdbc never puts the password in it. */
    static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return String.valueOf(c.getMessage());
    }
}
