package io.systemprompt.database.pool;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import com.zaxxer.hikari.pool.HikariPool;
import io.systemprompt.database.ConnectionWork;
import io.systemprompt.database.PoolStats;
import io.systemprompt.database.UnableToConnectException;
import io.systemprompt.database.config.DatabaseConfig;
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
    private final HikariDataSource dataSource;
    private final DatabaseConfig config;
    private final Dialect dialect;
    private final WriteGate writeGate;

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
        try {
            HikariDataSource ds = new HikariDataSource(hc);
            return new ConnectionPool(ds, config, dialect, WriteGate.forDialect(dialect, config.busyTimeoutMs()));
        } catch (HikariPool.PoolInitializationException e) {
            throw new UnableToConnectException("Cannot connect to " + config.engine().id() + " at "
                    + config.describeLocation() + ": " + rootMessage(e) + ". " + dialect.connectionHint(), e);
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
        dataSource.close();
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
