package io.systemprompt.database.config;

import java.util.List;

/** Mutable builder for the immutable {@link DatabaseConfig}; starts from the documented defaults. */
public final class DatabaseConfigBuilder {
    private EngineType engine = EngineType.SQLITE;
    private String sqliteFile = DatabaseConfig.DEFAULT_SQLITE_FILE;
    private String postgresHost = "localhost";
    private int postgresPort = 5432;
    private String postgresDatabase = "systemprompt";
    private String postgresUser = "systemprompt";
    private String postgresPassword = "";
    private SslMode postgresSsl = SslMode.DISABLE;
    private int poolMin = 1;
    private int poolMax = 10;
    private long idleTimeoutMs = 30_000;
    private long connectTimeoutMs = 30_000;
    private long busyTimeoutMs = 30_000;
    private long lockTimeoutMs = 60_000;
    private List<String> moduleRoots = DatabaseConfig.DEFAULT_MODULE_ROOTS;
    private boolean autoMigrate = true;
    private boolean refuseOutOfOrder;
    private String historyTablePrefix = DatabaseConfig.DEFAULT_HISTORY_PREFIX;
    private ScaleOutConfig scaleOut = ScaleOutConfig.DEFAULTS;
    private long migrationLockTimeoutMs = 5_000;
    private long migrationStatementTimeoutMs = 0;

    DatabaseConfigBuilder() {
    }

    DatabaseConfigBuilder(DatabaseConfig c) {
        engine = c.engine();
        sqliteFile = c.sqliteFile();
        postgresHost = c.postgresHost();
        postgresPort = c.postgresPort();
        postgresDatabase = c.postgresDatabase();
        postgresUser = c.postgresUser();
        postgresPassword = c.postgresPassword();
        postgresSsl = c.postgresSsl();
        poolMin = c.poolMin();
        poolMax = c.poolMax();
        idleTimeoutMs = c.idleTimeoutMs();
        connectTimeoutMs = c.connectTimeoutMs();
        busyTimeoutMs = c.busyTimeoutMs();
        lockTimeoutMs = c.lockTimeoutMs();
        moduleRoots = c.moduleRoots();
        autoMigrate = c.autoMigrate();
        refuseOutOfOrder = c.refuseOutOfOrder();
        historyTablePrefix = c.historyTablePrefix();
        scaleOut = c.scaleOut();
        migrationLockTimeoutMs = c.migrationLockTimeoutMs();
        migrationStatementTimeoutMs = c.migrationStatementTimeoutMs();
    }

    /** Selects SQLite with the given file, or {@code :memory:}. */
    public DatabaseConfigBuilder sqlite(String file) {
        this.engine = EngineType.SQLITE;
        this.sqliteFile = file;
        return this;
    }

    /** Selects PostgreSQL on the given server and database. */
    public DatabaseConfigBuilder postgres(String host, int port, String database, String user, String password) {
        this.engine = EngineType.POSTGRES;
        this.postgresHost = host;
        this.postgresPort = port;
        this.postgresDatabase = database;
        this.postgresUser = user;
        this.postgresPassword = password;
        return this;
    }

    /** The engine ({@code DATABASE_TYPE}). */
    public DatabaseConfigBuilder engine(EngineType v) { engine = v; return this; }
    /** The SQLite file ({@code DATABASE_FILE}), or {@code :memory:}. */
    public DatabaseConfigBuilder sqliteFile(String v) { sqliteFile = v; return this; }
    /** The PostgreSQL host ({@code POSTGRES_HOST}). */
    public DatabaseConfigBuilder postgresHost(String v) { postgresHost = v; return this; }
    /** The PostgreSQL port ({@code POSTGRES_PORT}), 1 to 65535. */
    public DatabaseConfigBuilder postgresPort(int v) { postgresPort = v; return this; }
    /** The PostgreSQL database name ({@code POSTGRES_DB}). */
    public DatabaseConfigBuilder postgresDatabase(String v) { postgresDatabase = v; return this; }
    /** The PostgreSQL user ({@code POSTGRES_USER}). */
    public DatabaseConfigBuilder postgresUser(String v) { postgresUser = v; return this; }
    /** The PostgreSQL password ({@code POSTGRES_PASSWORD}); never printed or logged. */
    public DatabaseConfigBuilder postgresPassword(String v) { postgresPassword = v; return this; }
    /** TLS for PostgreSQL ({@code POSTGRES_SSL}). */
    public DatabaseConfigBuilder postgresSsl(SslMode v) { postgresSsl = v; return this; }
    /** Idle connections kept open ({@code DB_POOL_MIN}), 0 to the maximum. */
    public DatabaseConfigBuilder poolMin(int v) { poolMin = v; return this; }
    /** Connections at most ({@code DB_POOL_MAX}), at least 1. */
    public DatabaseConfigBuilder poolMax(int v) { poolMax = v; return this; }
    /** Milliseconds before a surplus idle connection closes ({@code DB_IDLE_TIMEOUT}); 0 or at least 10000. */
    public DatabaseConfigBuilder idleTimeoutMs(long v) { idleTimeoutMs = v; return this; }
    /** Milliseconds to wait for a free pooled connection ({@code DB_CONNECT_TIMEOUT}). */
    public DatabaseConfigBuilder connectTimeoutMs(long v) { connectTimeoutMs = v; return this; }
    /** Milliseconds a SQLite writer waits for another process's lock ({@code DB_BUSY_TIMEOUT}). */
    public DatabaseConfigBuilder busyTimeoutMs(long v) { busyTimeoutMs = v; return this; }
    /** Milliseconds to wait for the migration lock ({@code DB_LOCK_TIMEOUT}). */
    public DatabaseConfigBuilder lockTimeoutMs(long v) { lockTimeoutMs = v; return this; }
    /** Module roots: folders or {@code classpath:<prefix>} ({@code DB_MODULE_ROOTS}). */
    public DatabaseConfigBuilder moduleRoots(List<String> v) { moduleRoots = v; return this; }
    /** Whether opening installs pending schemas and applies pending migrations ({@code DB_AUTO_MIGRATE}). */
    public DatabaseConfigBuilder autoMigrate(boolean v) { autoMigrate = v; return this; }
    /** Sets replicas, read-your-writes window, lag bound, lock mode, lease and PgBouncer; see {@link ScaleOutConfig}. */
    public DatabaseConfigBuilder scaleOut(ScaleOutConfig v) { scaleOut = v; return this; }

    /** Whether out-of-order migrations stop the run ({@code DB_MIGRATE_OUT_OF_ORDER=refuse}) or warn. */
    public DatabaseConfigBuilder refuseOutOfOrder(boolean v) { refuseOutOfOrder = v; return this; }
    /** The tracking tables' prefix ({@code DB_HISTORY_TABLE_PREFIX}, default {@code _}). */
    public DatabaseConfigBuilder historyTablePrefix(String v) { historyTablePrefix = v; return this; }

    /** PostgreSQL lock_timeout of each migration transaction ({@code DB_MIGRATION_LOCK_TIMEOUT}); 0 for none. */
    public DatabaseConfigBuilder migrationLockTimeoutMs(long v) { migrationLockTimeoutMs = v; return this; }
    /** PostgreSQL statement_timeout of each migration transaction ({@code DB_MIGRATION_STATEMENT_TIMEOUT}); 0 for none. */
    public DatabaseConfigBuilder migrationStatementTimeoutMs(long v) { migrationStatementTimeoutMs = v; return this; }

    /** Validates and returns the configuration. */
    public DatabaseConfig build() {
        return new DatabaseConfig(engine, sqliteFile, postgresHost, postgresPort, postgresDatabase, postgresUser,
                postgresPassword, postgresSsl, poolMin, poolMax, idleTimeoutMs, connectTimeoutMs, busyTimeoutMs,
                lockTimeoutMs, moduleRoots, autoMigrate, refuseOutOfOrder, historyTablePrefix, scaleOut,
                migrationLockTimeoutMs, migrationStatementTimeoutMs);
    }
}
