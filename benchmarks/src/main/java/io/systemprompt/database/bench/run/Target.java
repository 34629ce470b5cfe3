package io.systemprompt.database.bench.run;

import io.systemprompt.database.config.DatabaseConfig;
import io.systemprompt.database.config.DatabaseConfigBuilder;
import io.systemprompt.database.config.EngineType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A fresh, empty database for one measurement: a new SQLite file or a new PostgreSQL database.
 * Closing it deletes the file or drops the database.
 */
public final class Target implements AutoCloseable {
    private final EngineType engine;
    private final String location;

    private Target(EngineType engine, String location) {
        this.engine = engine;
        this.location = location;
    }

    /** A new empty database on the engine; SQLite files go under {@code workDir}. */
    public static Target fresh(EngineType engine, Path workDir) {
        if (engine == EngineType.POSTGRES) {
            return new Target(engine, Pg.createDatabase());
        }
        String name = "db-" + UUID.randomUUID().toString().substring(0, 8) + ".sqlite";
        return new Target(engine, workDir.resolve(name).toAbsolutePath().toString());
    }

    /** Rebuilds a target from {@link #engine()} and {@link #location()}, in a child process. */
    public static Target of(EngineType engine, String location) {
        return new Target(engine, location);
    }

    /** The engine of this database. */
    public EngineType engine() {
        return engine;
    }

    /** The SQLite file path or the PostgreSQL database name. */
    public String location() {
        return location;
    }

    /** The library's configuration for this database (automatic migration off). */
    public DatabaseConfigBuilder config(List<String> moduleRoots) {
        DatabaseConfigBuilder b = DatabaseConfig.builder().moduleRoots(moduleRoots).autoMigrate(false);
        return engine == EngineType.POSTGRES ? b.postgres(Pg.HOST, Pg.PORT, location, Pg.USER, Pg.PASSWORD)
                : b.sqlite(location);
    }

    /** The plain JDBC URL, as Flyway and raw JDBC baselines use it. */
    public String jdbcUrl() {
        return engine == EngineType.POSTGRES ? Pg.url(location) : "jdbc:sqlite:" + location;
    }

    /** The environment that points {@code spdb} at this database. */
    public Map<String, String> env(Path moduleRoot) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("DATABASE_TYPE", engine.id());
        env.put("DB_MODULE_ROOTS", moduleRoot.toAbsolutePath().toString());
        env.put("DB_AUTO_MIGRATE", "false");
        if (engine == EngineType.POSTGRES) {
            env.put("POSTGRES_HOST", Pg.HOST);
            env.put("POSTGRES_PORT", String.valueOf(Pg.PORT));
            env.put("POSTGRES_DB", location);
            env.put("POSTGRES_USER", Pg.USER);
            env.put("POSTGRES_PASSWORD", Pg.PASSWORD);
            env.put("POSTGRES_SSL", "disable");
        } else {
            env.put("DATABASE_FILE", location);
        }
        return env;
    }

    /** Deletes the SQLite file (and its WAL files) or drops the PostgreSQL database. */
    @Override
    public void close() {
        if (engine == EngineType.POSTGRES) {
            Pg.dropDatabase(location);
            return;
        }
        for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
            try {
                Files.deleteIfExists(Path.of(location + suffix));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
