package io.systemprompt.database;

import io.systemprompt.database.config.DatabaseConfig;
import io.systemprompt.database.engine.Dialect;
import io.systemprompt.database.engine.Dialects;
import io.systemprompt.database.mapping.RowMapper;
import io.systemprompt.database.mapping.RowMappers;
import io.systemprompt.database.migrate.MigrationService;
import io.systemprompt.database.module.ModuleSource;
import io.systemprompt.database.schema.SchemaService;
import io.systemprompt.database.engine.ErrorKind;
import io.systemprompt.database.pool.ConnectionPool;
import io.systemprompt.database.pool.ReadYourWrites;
import io.systemprompt.database.pool.ReplicaSet;
import io.systemprompt.database.pool.WriteGate;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * The entry point: a pooled database that modules store their data through.
 *
 * <pre>{@code
 * Database db = Database.get();                       // configured from the environment
 * List<User> users = db.query("SELECT * FROM users WHERE active = ?", User.class, true);
 * db.execute("UPDATE users SET last_login = ? WHERE id = ?", new Date(), userId);
 * db.useTransaction(tx -> {
 *     tx.execute("INSERT INTO orders (user_id, total) VALUES (?, ?)", userId, total);
 *     tx.execute("UPDATE inventory SET stock = stock - ? WHERE id = ?", quantity, itemId);
 * });
 * }</pre>
 *
 * <p>Calls made on this object while the same thread is inside {@link #transaction} join that
 * transaction. Instances are thread-safe.
 */
public final class Database implements DatabaseContext, AutoCloseable {
    private static volatile Database shared;

    private final DatabaseConfig config;
    private final Dialect dialect;
    private final ConnectionPool pool;
    /** Driver-level read-only connections for read-only transactions, or null when {@link #pool} serves them. */
    private final ConnectionPool readPool;
    private final StatementRunner runner;
    private final WriteGate writeGate;
    private final ThreadLocal<TransactionHandle> current = new ThreadLocal<>();
    private final ModuleSource modules;
    private final MigrationService migrationService;
    private final SchemaService schemaService;
    private final ReplicaSet replicas;
    private final ReadYourWrites readYourWrites;

    private Database(DatabaseConfig config) {
        this.config = config;
        this.dialect = Dialects.forEngine(config.engine());
        this.pool = ConnectionPool.open(config, dialect);
        this.readPool = ConnectionPool.openReadOnly(config, dialect);
        this.runner = new StatementRunner(dialect);
        this.writeGate = pool.writeGate();
        this.replicas = ReplicaSet.open(config, dialect, pool).orElse(null);
        this.readYourWrites = new ReadYourWrites(config.scaleOut().readYourWritesMs());
        writeGate.translateErrors(runner::translate);
        this.modules = new ModuleSource(config);
        this.migrationService = new MigrationService(this, modules);
        this.schemaService = new SchemaService(modules, migrationService);
    }

    /**
     * The process-wide database, configured from the environment on first use and closed when the
     * JVM exits. Thread-safe.
     */
    public static Database get() {
        return shared(DatabaseConfig::fromEnvironment);
    }

    /** {@link #get()} with the configuration as a seam: opens at most one shared database at a time. */
    static Database shared(Supplier<DatabaseConfig> config) {
        Database db = shared;
        if (db == null) {
            synchronized (Database.class) {
                db = shared;
                if (db == null) {
                    db = open(config.get());
                    Runtime.getRuntime().addShutdownHook(new Thread(db::close, "systemprompt-database-close"));
                    shared = db;
                }
            }
        }
        return db;
    }

    /**
     * Opens a database with its own pool; close it when done. With {@code autoMigrate} on, pending
     * module schemas are installed and pending migrations applied before this returns.
     */
    public static Database open(DatabaseConfig config) {
        Database db = new Database(config);
        try {
            Startup.run(config, db.migrationService);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    /** The configuration this database was opened with. */
    public DatabaseConfig config() {
        return config;
    }

    /** The engine's dialect. */
    public Dialect dialect() {
        return dialect;
    }

    /** The pooled data source, for jOOQ, JDBI, Spring and other JDBC tools. */
    public DataSource dataSource() {
        return pool.dataSource();
    }

    /** Module schemas: discovery, installed versions, drift and installation. */
    public SchemaService schemaService() {
        return schemaService;
    }

    /** Migrations: status, migrate, roll back, repair and validate. */
    public MigrationService migrationService() {
        return migrationService;
    }

    /** The pool itself, for this package's tests of the write gate. */
    ConnectionPool pool() {
        return pool;
    }

    /** Connections in use, idle and in total, and the pool's maximum. */
    public PoolStats poolStats() {
        return pool.stats();
    }

    @Override
    public <T> T withWriteConnection(ConnectionWork<T> work) throws SQLException {
        return pool.withWriteConnection(work);
    }

    @Override
    public <T> T withConnection(ConnectionWork<T> work) throws SQLException {
        try (Connection c = pool.borrow()) {
            return work.apply(c);
        }
    }

    @Override
    public <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) {
        return onReadConnection(c -> runner.query(c, sql, mapper, params));
    }

    @Override
    public <T> Optional<T> queryOne(String sql, Class<T> type, Object... params) {
        return onReadConnection(c -> runner.queryOne(c, sql, RowMappers.forType(type), params));
    }

    @Override
    public void forEachRow(String sql, RowConsumer consumer, Object... params) {
        TransactionHandle tx = current.get();
        if (tx != null) {
            tx.forEachRow(sql, consumer, params);
        } else {
            // A transaction lets PostgreSQL stream through a cursor instead of buffering the result.
            readOnly(h -> {
                h.forEachRow(sql, consumer, params);
                return null;
            });
        }
    }

    @Override
    public int execute(String sql, Object... params) {
        return onConnection(true, c -> runner.execute(c, sql, params));
    }

    @Override
    public long insert(String sql, Object... params) {
        return onConnection(true, c -> runner.insert(c, sql, params));
    }

    @Override
    public int[] batch(String sql, List<Object[]> rows) {
        return transaction(tx -> tx.batch(sql, rows));
    }

    @Override
    public <T, X extends Exception> T transaction(TransactionCallback<T, X> callback) throws X {
        TransactionHandle tx = current.get();
        return tx != null ? tx.transaction(callback) : inNewTransaction(callback, false);
    }

    /**
     * Runs the callback in a transaction that the engine keeps read-only, whatever the SQL says: on a
     * SQLite file, a connection the driver opened read-only; on a SQLite memory database,
     * {@code query_only}; on PostgreSQL, a {@code READ ONLY} transaction that has already run a query.
     * Every statement given to the handle must be exactly one statement, and statements that could lift
     * or escape read-only (transaction control, {@code SET}, {@code PRAGMA x = …}, {@code ATTACH},
     * {@code COPY}, …) are refused with a {@link StatementException} of kind
     * {@link io.systemprompt.database.engine.ErrorKind#READ_ONLY}. See docs/security.md.
     */
    public <T, X extends Exception> T readOnly(TransactionCallback<T, X> callback) throws X {
        return readOnly(ReadTarget.PRIMARY, callback);
    }

    /**
     * {@link #readOnly(TransactionCallback)} on the chosen server: {@link ReadTarget#REPLICA} runs it on a read
     * replica in rotation, or on the primary when none is configured or in rotation.
     */
    public <T, X extends Exception> T readOnly(ReadTarget target, TransactionCallback<T, X> callback) throws X {
        if (current.get() != null) {
            throw new TransactionException("A read-only transaction cannot be opened inside another transaction."
                    + " Call readOnly() outside of transaction().");
        }
        ConnectionPool source = target == ReadTarget.REPLICA && replicas != null ? replicas.next().orElse(pool) : pool;
        return inNewTransaction(source, callback, true);
    }

    /**
     * Ties the calling thread's read-your-writes window to a session token (a user or request id) until the
     * returned scope closes: reads within {@code DB_READ_YOUR_WRITES_MS} of a write made under the same token,
     * on any thread, go to the primary. Without replicas this changes nothing.
     */
    public SessionScope session(String token) {
        String previous = readYourWrites.swapToken(java.util.Objects.requireNonNull(token, "token"));
        return () -> readYourWrites.swapToken(previous);
    }

    /** A session token's scope; closing it restores the thread's previous token. */
    @FunctionalInterface
    public interface SessionScope extends AutoCloseable {
        /** Restores the previous token; never throws. */
        @Override
        void close();
    }

    /**
     * Every server this database uses: the primary (with its host list) and each read replica with its role,
     * replay lag and whether reads go to it.
     */
    public List<HostStatus> hosts() {
        List<HostStatus> all = new java.util.ArrayList<>();
        Health h = health();
        all.add(new HostStatus(config.describeLocation(), h.up() ? "primary" : "down", h.up(), null, h.error()));
        if (replicas != null) {
            all.addAll(replicas.status());
        }
        return all;
    }

    private <T, X extends Exception> T inNewTransaction(TransactionCallback<T, X> callback, boolean readOnly)
            throws X {
        if (!readOnly && writeGate.groupsCommits()) {
            return writeGate.grouped(c -> inGroup(c, callback));
        }
        return inNewTransaction(pool, callback, readOnly);
    }

    private <T, X extends Exception> T inNewTransaction(ConnectionPool source, TransactionCallback<T, X> callback,
            boolean readOnly) throws X {
        if (!readOnly) {
            writeGate.enter();
        }
        // Read-only work on the primary runs on driver-level read-only connections where the engine has them.
        ConnectionPool from = readOnly && source == pool && readPool != null ? readPool : source;
        try (Transactions.Scope scope = Transactions.begin(from, dialect, runner, readOnly)) {
            current.set(scope.handle());
            T result;
            try {
                result = callback.apply(scope.handle());
            } catch (Throwable t) {
                scope.rollback(t);
                throw t;
            }
            scope.commit();
            return result;
        } finally {
            current.remove();
            if (!readOnly) {
                readYourWrites.wrote();
                writeGate.leave();
            }
        }
    }

    /** One member of a commit group: the callback on the writer connection, inside its own savepoint. */
    private <T, X extends Exception> T inGroup(Connection writer, TransactionCallback<T, X> callback) throws X {
        TransactionHandle handle = new TransactionHandle(writer, runner, false);
        current.set(handle);
        try {
            T result = callback.apply(handle);
            if (handle.ended() != null) {
                // The callback caught the failure on which the engine ended the transaction: nothing to keep.
                throw new TransactionException("The transaction was not committed: the engine ended it after an"
                        + " error, and undid its changes. The error was: " + handle.ended().getMessage(),
                        handle.ended());
            }
            return result;
        } finally {
            current.remove();
            handle.close();
        }
    }

    private <R> R onConnection(boolean write, Function<Connection, R> work) {
        TransactionHandle tx = current.get();
        if (tx != null) {
            return work.apply(tx.connection());
        }
        if (write && writeGate.groupsCommits()) {
            return writeGate.groupedStatement(work::apply);
        }
        if (write) {
            writeGate.enter();
        }
        try (Connection c = pool.borrow()) {
            return work.apply(c);
        } catch (SQLException e) {
            throw new UnableToConnectException("Returning a connection to the pool failed: " + e.getMessage(), e);
        } finally {
            if (write) {
                readYourWrites.wrote();
                writeGate.leave();
            }
        }
    }

    /**
     * A read outside a transaction: on a replica in rotation unless this thread (or session) wrote within
     * the read-your-writes window. A replica that fails, refuses a statement that writes, or does not
     * know a table yet hands the call to the primary.
     */
    private <R> R onReadConnection(Function<Connection, R> work) {
        if (replicas == null || current.get() != null || readYourWrites.recentlyWrote()) {
            return onConnection(false, work);
        }
        ConnectionPool replica = replicas.next().orElse(null);
        if (replica == null) {
            return onConnection(false, work);
        }
        try (Connection c = replica.borrow()) {
            return work.apply(c);
        } catch (StatementException e) {
            if (e.kind() == ErrorKind.READ_ONLY) {
                return onConnection(true, work);
            }
            if (e.kind() == ErrorKind.UNDEFINED_OBJECT) {
                // The replica has not replayed the DDL yet (a table a migration just created): ask the primary,
                // which gives the same error if the object really is missing.
                return onConnection(false, work);
            }
            if (e.kind() != ErrorKind.CONNECTION) {
                throw e;
            }
            replicas.failed(replica, e);
        } catch (UnableToConnectException | SQLException e) {
            replicas.failed(replica, e);
        }
        return onConnection(false, work);
    }

    /** One round trip through the pool, timed; never throws. */
    public Health health() {
        long start = System.nanoTime();
        try (Connection c = pool.borrow(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT 1")) {
                rs.next();
            }
            Duration rtt = Duration.ofNanos(System.nanoTime() - start);
            return new Health(true, config.engine(), config.describeLocation(), dialect.serverVersion(c), rtt,
                    pool.stats(), null);
        } catch (SQLException | DatabaseException e) {
            return new Health(false, config.engine(), config.describeLocation(), null,
                    Duration.ofNanos(System.nanoTime() - start), pool.stats(), e.getMessage());
        }
    }

    /** Forgets the row mappings bound to the old columns; migrations, rollbacks and restores call it. */
    @Override
    public void schemaChanged() {
        runner.forgetMappings();
    }

    /** True when the calling thread is inside a transaction of this database. */
    public boolean inTransaction() {
        return current.get() != null;
    }

    /**
     * Closes the pool; further calls fail. Closing the process-wide database unregisters it first, so a
     * concurrent {@link #get()} opens a new one instead of returning this closing one.
     */
    @Override
    public void close() {
        synchronized (Database.class) {
            if (shared == this) {
                shared = null;
            }
        }
        try {
            if (replicas != null) {
                replicas.close();
            }
            pool.close();
        } finally {
            if (readPool != null) {
                readPool.close();
            }
        }
    }
}
