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

    public DatabaseConfigBuilder engine(EngineType v) { engine = v; return this; }
    public DatabaseConfigBuilder sqliteFile(String v) { sqliteFile = v; return this; }
    public DatabaseConfigBuilder postgresHost(String v) { postgresHost = v; return this; }
    public DatabaseConfigBuilder postgresPort(int v) { postgresPort = v; return this; }
    public DatabaseConfigBuilder postgresDatabase(String v) { postgresDatabase = v; return this; }
    public DatabaseConfigBuilder postgresUser(String v) { postgresUser = v; return this; }
    public DatabaseConfigBuilder postgresPassword(String v) { postgresPassword = v; return this; }
    public DatabaseConfigBuilder postgresSsl(SslMode v) { postgresSsl = v; return this; }
    public DatabaseConfigBuilder poolMin(int v) { poolMin = v; return this; }
    public DatabaseConfigBuilder poolMax(int v) { poolMax = v; return this; }
    public DatabaseConfigBuilder idleTimeoutMs(long v) { idleTimeoutMs = v; return this; }
    public DatabaseConfigBuilder connectTimeoutMs(long v) { connectTimeoutMs = v; return this; }
    public DatabaseConfigBuilder busyTimeoutMs(long v) { busyTimeoutMs = v; return this; }
    public DatabaseConfigBuilder lockTimeoutMs(long v) { lockTimeoutMs = v; return this; }
    public DatabaseConfigBuilder moduleRoots(List<String> v) { moduleRoots = v; return this; }
    public DatabaseConfigBuilder autoMigrate(boolean v) { autoMigrate = v; return this; }

    /** Validates and returns the configuration. */
    public DatabaseConfig build() {
        return new DatabaseConfig(engine, sqliteFile, postgresHost, postgresPort, postgresDatabase, postgresUser,
                postgresPassword, postgresSsl, poolMin, poolMax, idleTimeoutMs, connectTimeoutMs, busyTimeoutMs,
                lockTimeoutMs, moduleRoots, autoMigrate);
    }
}
