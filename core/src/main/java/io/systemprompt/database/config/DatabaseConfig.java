package io.systemprompt.database.config;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every setting of a {@code Database}, validated once and immutable afterwards. Build it from the
 * environment with {@link #fromEnvironment()} or in code with {@link #builder()}. Validation happens
 * in the constructor, so an invalid value fails before any connection is made; the message names the
 * environment variable that carries the setting.
 *
 * <p>{@link #toString()} never shows the password.
 *
 * @param engine              {@code DATABASE_TYPE}
 * @param sqliteFile          {@code DATABASE_FILE}: a path (relative to the working directory) or {@code :memory:}
 * @param postgresHost        {@code POSTGRES_HOST}
 * @param postgresPort        {@code POSTGRES_PORT}
 * @param postgresDatabase    {@code POSTGRES_DB}
 * @param postgresUser        {@code POSTGRES_USER}
 * @param postgresPassword    {@code POSTGRES_PASSWORD}, may be empty
 * @param postgresSsl         {@code POSTGRES_SSL}
 * @param poolMin             {@code DB_POOL_MIN}: idle connections kept open
 * @param poolMax             {@code DB_POOL_MAX}: connections at most
 * @param idleTimeoutMs       {@code DB_IDLE_TIMEOUT}: 0 (never) or at least 10000 ms
 * @param connectTimeoutMs    {@code DB_CONNECT_TIMEOUT}: longest wait for a pooled connection
 * @param busyTimeoutMs       {@code DB_BUSY_TIMEOUT}: longest wait for the SQLite write lock
 * @param lockTimeoutMs       {@code DB_LOCK_TIMEOUT}: longest wait for the migration lock
 * @param moduleRoots         {@code DB_MODULE_ROOTS}: directories or {@code classpath:prefix} entries
 * @param autoMigrate         {@code DB_AUTO_MIGRATE}: install schemas and apply migrations on open
 * @param refuseOutOfOrder    {@code DB_MIGRATE_OUT_OF_ORDER=refuse}: a pending migration below an applied
 *                            version of its module stops the run instead of running with a warning
 * @param historyTablePrefix  {@code DB_HISTORY_TABLE_PREFIX}: the prefix of the tracking tables
 *                            ({@code _} gives {@code _schema_versions}, {@code _migrations}, {@code _schema_objects})
 * @param scaleOut            replicas, read-your-writes, lock mode and PgBouncer ({@code POSTGRES_REPLICA_HOSTS}, …)
 * @param migrationLockTimeoutMs      {@code DB_MIGRATION_LOCK_TIMEOUT}: PostgreSQL {@code lock_timeout} of each
 *                                    migration transaction, 0 for none; a timeout is retried with back-off
 * @param migrationStatementTimeoutMs {@code DB_MIGRATION_STATEMENT_TIMEOUT}: PostgreSQL {@code statement_timeout}
 *                                    of each migration transaction, 0 for none
 */
public record DatabaseConfig(
        EngineType engine,
        String sqliteFile,
        String postgresHost,
        int postgresPort,
        String postgresDatabase,
        String postgresUser,
        String postgresPassword,
        SslMode postgresSsl,
        int poolMin,
        int poolMax,
        long idleTimeoutMs,
        long connectTimeoutMs,
        long busyTimeoutMs,
        long lockTimeoutMs,
        List<String> moduleRoots,
        boolean autoMigrate,
        boolean refuseOutOfOrder,
        String historyTablePrefix,
        ScaleOutConfig scaleOut,
        long migrationLockTimeoutMs,
        long migrationStatementTimeoutMs) {

    /** The SQLite file used when {@code DATABASE_FILE} is not set, relative to the working directory. */
    public static final String DEFAULT_SQLITE_FILE = "data/state/systemprompt.db";
    /** The value of {@code DATABASE_FILE} that selects a private in-memory database. */
    public static final String IN_MEMORY = ":memory:";
    /** Module roots used when {@code DB_MODULE_ROOTS} is not set. */
    public static final List<String> DEFAULT_MODULE_ROOTS = List.of("src/modules", "classpath:systemprompt/modules");
    /** The tracking tables' prefix when {@code DB_HISTORY_TABLE_PREFIX} is not set. */
    public static final String DEFAULT_HISTORY_PREFIX = "_";

    /** Validates every value, so an invalid configuration fails before any connection is made. */
    public DatabaseConfig {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(postgresSsl, "postgresSsl");
        postgresPassword = postgresPassword == null ? "" : postgresPassword;
        moduleRoots = List.copyOf(moduleRoots);
        scaleOut = scaleOut == null ? ScaleOutConfig.DEFAULTS : scaleOut;
        historyTablePrefix = historyTablePrefix == null ? DEFAULT_HISTORY_PREFIX : historyTablePrefix;
        if (!historyTablePrefix.matches("[A-Za-z_][A-Za-z0-9_]{0,40}")) {
            throw ConfigurationException.invalid("DB_HISTORY_TABLE_PREFIX", historyTablePrefix,
                    "letters, digits and _ (starting with a letter or _), e.g. _ or spdb_");
        }
        ConfigValidator.validate(engine, sqliteFile, postgresHost, postgresPort, postgresDatabase, postgresUser,
                poolMin, poolMax, idleTimeoutMs, connectTimeoutMs, busyTimeoutMs, lockTimeoutMs);
        if (engine == EngineType.POSTGRES) {
            HostAndPort.parseList(postgresHost, postgresPort, "POSTGRES_HOST");
        }
        ConfigValidator.validateMigrationTimeouts(migrationLockTimeoutMs, migrationStatementTimeoutMs);
    }

    /** Reads the process environment. */
    public static DatabaseConfig fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    /** Reads the given variables; unset ones take their documented defaults. */
    public static DatabaseConfig fromEnvironment(Map<String, String> env) {
        return EnvironmentReader.read(env).build();
    }

    /** A builder holding every default. */
    public static DatabaseConfigBuilder builder() {
        return new DatabaseConfigBuilder();
    }

    /** A builder holding this configuration's values. */
    public DatabaseConfigBuilder toBuilder() {
        return new DatabaseConfigBuilder(this);
    }

    /** True for an in-memory SQLite database. */
    public boolean inMemory() {
        return engine == EngineType.SQLITE && IN_MEMORY.equals(sqliteFile);
    }

    /** Where the data lives, for people: the SQLite path or {@code user@host:port/db}; never the password. */
    public String describeLocation() {
        if (engine == EngineType.SQLITE) {
            return inMemory() ? IN_MEMORY : java.nio.file.Path.of(sqliteFile).toAbsolutePath().normalize().toString();
        }
        return postgresUser + "@" + HostAndPort.join(postgresHosts()) + "/" + postgresDatabase;
    }

    /** The primary's servers from {@code POSTGRES_HOST} (a comma-separated list), each with its port. */
    public List<HostAndPort> postgresHosts() {
        return HostAndPort.parseList(postgresHost, postgresPort, "POSTGRES_HOST");
    }

    @Override
    public String toString() {
        return "DatabaseConfig[engine=" + engine.id() + ", location=" + describeLocation()
                + (engine == EngineType.POSTGRES ? ", password=" + (postgresPassword.isEmpty() ? "(none)" : "****")
                        + ", ssl=" + postgresSsl.pgValue() : "")
                + ", pool=" + poolMin + ".." + poolMax + ", idleTimeoutMs=" + idleTimeoutMs
                + ", connectTimeoutMs=" + connectTimeoutMs + ", busyTimeoutMs=" + busyTimeoutMs
                + ", lockTimeoutMs=" + lockTimeoutMs + ", moduleRoots=" + moduleRoots
                + ", autoMigrate=" + autoMigrate + (refuseOutOfOrder ? ", outOfOrder=refuse" : "")
                + (DEFAULT_HISTORY_PREFIX.equals(historyTablePrefix) ? "" : ", historyTablePrefix=" + historyTablePrefix)
                + (engine == EngineType.POSTGRES ? ", replicas=" + HostAndPort.join(scaleOut.replicas())
                        + ", lockMode=" + scaleOut.lockMode().id() + ", pgbouncer=" + scaleOut.pgbouncer() : "")
                + ", migrationLockTimeoutMs=" + migrationLockTimeoutMs
                + ", migrationStatementTimeoutMs=" + migrationStatementTimeoutMs + "]";
    }
}
