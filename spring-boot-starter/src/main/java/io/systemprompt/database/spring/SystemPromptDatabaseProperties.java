package io.systemprompt.database.spring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code systemprompt.database.*}: the library's environment variables as Spring properties. Unset
 * properties keep the library's defaults; an environment variable that is set wins over its property,
 * so an operator's {@code DATABASE_TYPE=postgres} behaves as it does for every other use of the library.
 */
@ConfigurationProperties(prefix = "systemprompt.database")
public class SystemPromptDatabaseProperties {
    /** {@code DATABASE_TYPE}: sqlite or postgres. */
    private String type;
    /** {@code DATABASE_FILE}: the SQLite file, relative to the working directory. */
    private String file;
    /** {@code DB_MODULE_ROOTS}: module folders or classpath:prefixes. */
    private List<String> moduleRoots;
    /** {@code DB_AUTO_MIGRATE}: install and migrate while the application starts (default true). */
    private Boolean autoMigrate;
    /** {@code DB_BUSY_TIMEOUT} in milliseconds. */
    private Long busyTimeout;
    /** {@code DB_LOCK_TIMEOUT} in milliseconds. */
    private Long lockTimeout;
    private final Postgres postgres = new Postgres();
    private final Pool pool = new Pool();

    /** {@code POSTGRES_*}. */
    public static class Postgres {
        /** {@code POSTGRES_HOST}. */
        private String host;
        /** {@code POSTGRES_PORT}. */
        private Integer port;
        /** {@code POSTGRES_DB}. */
        private String db;
        /** {@code POSTGRES_USER}. */
        private String user;
        /** {@code POSTGRES_PASSWORD}; never logged. */
        private String password;
        /** {@code POSTGRES_SSL}: true, false, disable, require, verify-ca or verify-full. */
        private String ssl;

        public String getHost() { return host; }
        public void setHost(String host) { this.host = host; }
        public Integer getPort() { return port; }
        public void setPort(Integer port) { this.port = port; }
        public String getDb() { return db; }
        public void setDb(String db) { this.db = db; }
        public String getUser() { return user; }
        public void setUser(String user) { this.user = user; }
        public String getPassword() { return password; }
        public void setPassword(String password) { this.password = password; }
        public String getSsl() { return ssl; }
        public void setSsl(String ssl) { this.ssl = ssl; }
    }

    /** {@code DB_POOL_*}, {@code DB_IDLE_TIMEOUT}, {@code DB_CONNECT_TIMEOUT}. */
    public static class Pool {
        /** {@code DB_POOL_MIN}. */
        private Integer min;
        /** {@code DB_POOL_MAX}. */
        private Integer max;
        /** {@code DB_IDLE_TIMEOUT} in milliseconds. */
        private Long idleTimeout;
        /** {@code DB_CONNECT_TIMEOUT} in milliseconds. */
        private Long connectTimeout;

        public Integer getMin() { return min; }
        public void setMin(Integer min) { this.min = min; }
        public Integer getMax() { return max; }
        public void setMax(Integer max) { this.max = max; }
        public Long getIdleTimeout() { return idleTimeout; }
        public void setIdleTimeout(Long idleTimeout) { this.idleTimeout = idleTimeout; }
        public Long getConnectTimeout() { return connectTimeout; }
        public void setConnectTimeout(Long connectTimeout) { this.connectTimeout = connectTimeout; }
    }

    /**
     * The variables the library reads: these properties under their variable names, with every
     * variable set in {@code processEnvironment} written over them.
     */
    public Map<String, String> toEnvironment(Map<String, String> processEnvironment) {
        Map<String, String> env = new HashMap<>();
        put(env, "DATABASE_TYPE", type);
        put(env, "DATABASE_FILE", file);
        put(env, "DB_MODULE_ROOTS", moduleRoots == null ? null : String.join(",", moduleRoots));
        put(env, "DB_AUTO_MIGRATE", autoMigrate);
        put(env, "DB_BUSY_TIMEOUT", busyTimeout);
        put(env, "DB_LOCK_TIMEOUT", lockTimeout);
        put(env, "POSTGRES_HOST", postgres.host);
        put(env, "POSTGRES_PORT", postgres.port);
        put(env, "POSTGRES_DB", postgres.db);
        put(env, "POSTGRES_USER", postgres.user);
        put(env, "POSTGRES_PASSWORD", postgres.password);
        put(env, "POSTGRES_SSL", postgres.ssl);
        put(env, "DB_POOL_MIN", pool.min);
        put(env, "DB_POOL_MAX", pool.max);
        put(env, "DB_IDLE_TIMEOUT", pool.idleTimeout);
        put(env, "DB_CONNECT_TIMEOUT", pool.connectTimeout);
        processEnvironment.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                env.put(k, v);
            }
        });
        return env;
    }

    private static void put(Map<String, String> env, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            env.put(name, value.toString());
        }
    }

    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getFile() { return file; }
    public void setFile(String file) { this.file = file; }
    public List<String> getModuleRoots() { return moduleRoots; }
    public void setModuleRoots(List<String> moduleRoots) { this.moduleRoots = moduleRoots; }
    public Boolean getAutoMigrate() { return autoMigrate; }
    public void setAutoMigrate(Boolean autoMigrate) { this.autoMigrate = autoMigrate; }
    public Long getBusyTimeout() { return busyTimeout; }
    public void setBusyTimeout(Long busyTimeout) { this.busyTimeout = busyTimeout; }
    public Long getLockTimeout() { return lockTimeout; }
    public void setLockTimeout(Long lockTimeout) { this.lockTimeout = lockTimeout; }
    public Postgres getPostgres() { return postgres; }
    public Pool getPool() { return pool; }
}
