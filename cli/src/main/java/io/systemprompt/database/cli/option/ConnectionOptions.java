package io.systemprompt.database.cli.option;

import io.systemprompt.database.Database;
import io.systemprompt.database.config.DatabaseConfig;
import io.systemprompt.database.config.DatabaseConfigBuilder;
import io.systemprompt.database.config.EngineType;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where the database and the modules are. The environment ({@code DATABASE_TYPE}, {@code DATABASE_FILE},
 * {@code POSTGRES_*}, {@code DB_MODULE_ROOTS}) is read first and these options override it. The password
 * comes only from {@code POSTGRES_PASSWORD}, so it never appears in a process list or shell history.
 */
public final class ConnectionOptions {

    @Option(names = "--modules", paramLabel = "<root>",
            description = "A module root folder (repeatable). Default: DB_MODULE_ROOTS, else src/modules.")
    private List<String> modules = new ArrayList<>();

    @Option(names = "--engine", paramLabel = "sqlite|postgres", converter = EngineConverter.class,
            description = "The engine. Default: DATABASE_TYPE, else sqlite.")
    private EngineType engine;

    @Option(names = "--db-file", paramLabel = "<path>",
            description = "The SQLite file. Default: DATABASE_FILE, else data/state/systemprompt.db.")
    private String file;

    @Option(names = "--pg-host", paramLabel = "<host>", description = "PostgreSQL host. Default: POSTGRES_HOST.")
    private String pgHost;

    @Option(names = "--pg-port", paramLabel = "<port>", description = "PostgreSQL port. Default: POSTGRES_PORT.")
    private Integer pgPort;

    @Option(names = "--pg-db", paramLabel = "<name>", description = "PostgreSQL database. Default: POSTGRES_DB.")
    private String pgDb;

    @Option(names = "--pg-user", paramLabel = "<user>",
            description = "PostgreSQL user. Default: POSTGRES_USER. The password is read from POSTGRES_PASSWORD only.")
    private String pgUser;

    /** The configuration: the environment, then these options, with automatic migration off. */
    public DatabaseConfig config() {
        return builder(System.getenv()).build();
    }

    /** A builder from the given environment with these options applied, automatic migration off. */
    public DatabaseConfigBuilder builder(Map<String, String> env) {
        DatabaseConfigBuilder b = DatabaseConfig.fromEnvironment(env).toBuilder().autoMigrate(false);
        if (!modules.isEmpty()) {
            b.moduleRoots(List.copyOf(modules));
        }
        if (engine != null) {
            b.engine(engine);
        }
        return new LocationOverrides(file, pgHost, pgPort, pgDb, pgUser).applyTo(b);
    }

    /** Opens the configured database without migrating it; close it when done. */
    public Database open() {
        return Database.open(config());
    }
}
