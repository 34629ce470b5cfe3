package io.systemprompt.database.config;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns environment variables into a {@link DatabaseConfigBuilder}, rejecting malformed values by name. */
final class EnvironmentReader {
    private final Map<String, String> env;

    private EnvironmentReader(Map<String, String> env) {
        this.env = env;
    }

    static DatabaseConfigBuilder read(Map<String, String> env) {
        return new EnvironmentReader(env).apply(DatabaseConfig.builder());
    }

    private DatabaseConfigBuilder apply(DatabaseConfigBuilder b) {
        String type = get("DATABASE_TYPE");
        if (type != null) {
            EngineType engine = EngineType.parse(type);
            if (engine == null) {
                throw ConfigurationException.invalid("DATABASE_TYPE", type, "sqlite, postgres");
            }
            b.engine(engine);
        }
        ifSet("DATABASE_FILE", b::sqliteFile);
        ifSet("POSTGRES_HOST", b::postgresHost);
        ifSet("POSTGRES_PORT", v -> b.postgresPort(integer("POSTGRES_PORT", v, "a port from 1 to 65535")));
        ifSet("POSTGRES_DB", b::postgresDatabase);
        ifSet("POSTGRES_USER", b::postgresUser);
        String password = env.get("POSTGRES_PASSWORD");
        if (password != null) {
            b.postgresPassword(password);
        }
        ifSet("POSTGRES_SSL", v -> b.postgresSsl(ssl(v)));
        ifSet("DB_POOL_MIN", v -> b.poolMin(integer("DB_POOL_MIN", v, "a whole number of at least 0")));
        ifSet("DB_POOL_MAX", v -> b.poolMax(integer("DB_POOL_MAX", v, "a whole number of at least 1")));
        ifSet("DB_IDLE_TIMEOUT", v -> b.idleTimeoutMs(millis("DB_IDLE_TIMEOUT", v)));
        ifSet("DB_CONNECT_TIMEOUT", v -> b.connectTimeoutMs(millis("DB_CONNECT_TIMEOUT", v)));
        ifSet("DB_BUSY_TIMEOUT", v -> b.busyTimeoutMs(millis("DB_BUSY_TIMEOUT", v)));
        ifSet("DB_LOCK_TIMEOUT", v -> b.lockTimeoutMs(millis("DB_LOCK_TIMEOUT", v)));
        ifSet("DB_MODULE_ROOTS", v -> b.moduleRoots(roots(v)));
        ifSet("DB_AUTO_MIGRATE", v -> b.autoMigrate(bool("DB_AUTO_MIGRATE", v)));
        ifSet("DB_MIGRATE_OUT_OF_ORDER", v -> b.refuseOutOfOrder(outOfOrder(v)));
        ifSet("DB_HISTORY_TABLE_PREFIX", b::historyTablePrefix);
        b.scaleOut(scaleOut());
        ifSet("DB_MIGRATION_LOCK_TIMEOUT", v -> b.migrationLockTimeoutMs(millis("DB_MIGRATION_LOCK_TIMEOUT", v)));
        ifSet("DB_MIGRATION_STATEMENT_TIMEOUT",
                v -> b.migrationStatementTimeoutMs(millis("DB_MIGRATION_STATEMENT_TIMEOUT", v)));
        return b;
    }

    private ScaleOutConfig scaleOut() {
        ScaleOutConfig s = ScaleOutConfig.DEFAULTS;
        int port = get("POSTGRES_PORT") == null ? 5432 : integer("POSTGRES_PORT", get("POSTGRES_PORT"), "a port from 1 to 65535");
        String replicas = get("POSTGRES_REPLICA_HOSTS");
        if (replicas != null) {
            s = s.withReplicas(HostAndPort.parseList(replicas, port, "POSTGRES_REPLICA_HOSTS"));
        }
        String v;
        if ((v = get("DB_READ_YOUR_WRITES_MS")) != null) {
            s = s.withReadYourWritesMs(millis("DB_READ_YOUR_WRITES_MS", v));
        }
        if ((v = get("DB_REPLICA_MAX_LAG_MS")) != null) {
            s = s.withMaxReplicaLagMs(millis("DB_REPLICA_MAX_LAG_MS", v));
        }
        if ((v = get("DB_LOCK_MODE")) != null) {
            LockMode mode = LockMode.parse(v);
            if (mode == null) {
                throw ConfigurationException.invalid("DB_LOCK_MODE", v, LockMode.ACCEPTED);
            }
            s = s.withLockMode(mode);
        }
        if ((v = get("DB_LOCK_LEASE_MS")) != null) {
            s = s.withLeaseMs(millis("DB_LOCK_LEASE_MS", v));
        }
        if ((v = get("POSTGRES_PGBOUNCER")) != null) {
            s = s.withPgbouncer(bool("POSTGRES_PGBOUNCER", v));
        }
        return s;
    }

    private String get(String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? null : v.trim();
    }

    private void ifSet(String name, java.util.function.Consumer<String> setter) {
        String v = get(name);
        if (v != null) {
            setter.accept(v);
        }
    }

    private static int integer(String name, String value, String accepted) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw ConfigurationException.invalid(name, value, accepted);
        }
    }

    private static long millis(String name, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ConfigurationException.invalid(name, value, "a whole number of milliseconds");
        }
    }

    private static SslMode ssl(String value) {
        SslMode mode = SslMode.parse(value);
        if (mode == null) {
            throw ConfigurationException.invalid("POSTGRES_SSL", value, SslMode.ACCEPTED);
        }
        return mode;
    }

    private static boolean bool(String name, String value) {
        switch (value.toLowerCase(Locale.ROOT)) {
            case "true": case "1": case "yes": case "on":
                return true;
            case "false": case "0": case "no": case "off":
                return false;
            default:
                throw ConfigurationException.invalid(name, value, "true, false");
        }
    }

    private static boolean outOfOrder(String value) {
        switch (value.toLowerCase(Locale.ROOT)) {
            case "refuse":
                return true;
            case "warn": case "allow":
                return false;
            default:
                throw ConfigurationException.invalid("DB_MIGRATE_OUT_OF_ORDER", value, "warn, refuse");
        }
    }

    /** Roots are separated by commas (a colon would split {@code classpath:prefix}). */
    private static List<String> roots(String value) {
        return Arrays.stream(value.split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
