package io.systemprompt.database.maven;

import io.systemprompt.database.DatabaseException;
import io.systemprompt.database.config.DatabaseConfig;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The configuration every goal shares, mirroring the library's environment variables
 * ({@code type} is {@code DATABASE_TYPE}, {@code postgresHost} is {@code POSTGRES_HOST}, and so on).
 * Subclasses implement {@link #run(DatabaseConfig)}.
 */
public abstract class AbstractSpdbMojo extends AbstractMojo {
    /** Module folders used when neither the POM nor {@code DB_MODULE_ROOTS} names any. */
    static final List<String> DEFAULT_ROOTS = List.of("src/modules", "src/main/resources/systemprompt/modules");

    /** The project folder: relative paths below are resolved against it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    protected File basedir;

    /** {@code DATABASE_TYPE}: {@code sqlite} or {@code postgres}. */
    @Parameter(property = "spdb.type")
    protected String type;

    /** {@code DATABASE_FILE}: the SQLite file, relative to the project folder. */
    @Parameter(property = "spdb.file")
    protected String file;

    /** {@code POSTGRES_HOST}. */
    @Parameter(property = "spdb.postgres.host")
    protected String postgresHost;

    /** {@code POSTGRES_PORT}. */
    @Parameter(property = "spdb.postgres.port")
    protected String postgresPort;

    /** {@code POSTGRES_DB}. */
    @Parameter(property = "spdb.postgres.db")
    protected String postgresDb;

    /** {@code POSTGRES_USER}. */
    @Parameter(property = "spdb.postgres.user")
    protected String postgresUser;

    /** {@code POSTGRES_PASSWORD}; never logged. Prefer {@code ${env.SOME_SECRET}} over a literal. */
    @Parameter(property = "spdb.postgres.password")
    protected String postgresPassword;

    /** {@code POSTGRES_SSL}: {@code true}, {@code false}, {@code require}, {@code verify-full}, .... */
    @Parameter(property = "spdb.postgres.ssl")
    protected String postgresSsl;

    /** {@code DB_POOL_MIN}. */
    @Parameter(property = "spdb.pool.min")
    protected String poolMin;

    /** {@code DB_POOL_MAX}. */
    @Parameter(property = "spdb.pool.max")
    protected String poolMax;

    /** {@code DB_LOCK_TIMEOUT} in milliseconds. */
    @Parameter(property = "spdb.lockTimeout")
    protected String lockTimeout;

    /** {@code DB_BUSY_TIMEOUT} in milliseconds. */
    @Parameter(property = "spdb.busyTimeout")
    protected String busyTimeout;

    /**
     * {@code DB_MODULE_ROOTS}: module folders (relative to the project) or {@code classpath:} prefixes.
     * Default: whichever of {@code src/modules} and {@code src/main/resources/systemprompt/modules} exist.
     */
    @Parameter(property = "spdb.moduleRoots")
    protected List<String> moduleRoots;

    /** Skips the goal. */
    @Parameter(property = "spdb.skip", defaultValue = "false")
    protected boolean skip;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("spdb: skipped (spdb.skip)");
            return;
        }
        DatabaseConfig config;
        try {
            config = DatabaseConfig.fromEnvironment(settings(System.getenv()));
        } catch (DatabaseException e) {
            throw new MojoFailureException("spdb: invalid configuration: " + e.getMessage(), e);
        }
        try {
            run(config);
        } catch (DatabaseException e) {
            // The library's messages already name the module, file, line:column and what to do.
            throw new MojoFailureException("spdb: " + e.getMessage(), e);
        }
    }

    /** The goal's work. */
    protected abstract void run(DatabaseConfig config) throws MojoFailureException;

    /**
     * The environment the library reads: the process environment with every parameter set here
     * written over it. Goals never migrate on open; {@code migrate} does that explicitly.
     */
    Map<String, String> settings(Map<String, String> environment) throws MojoFailureException {
        Map<String, String> env = new HashMap<>(environment);
        put(env, "DATABASE_TYPE", type);
        put(env, "DATABASE_FILE", file);
        put(env, "POSTGRES_HOST", postgresHost);
        put(env, "POSTGRES_PORT", postgresPort);
        put(env, "POSTGRES_DB", postgresDb);
        put(env, "POSTGRES_USER", postgresUser);
        put(env, "POSTGRES_PASSWORD", postgresPassword);
        put(env, "POSTGRES_SSL", postgresSsl);
        put(env, "DB_POOL_MIN", poolMin);
        put(env, "DB_POOL_MAX", poolMax);
        put(env, "DB_LOCK_TIMEOUT", lockTimeout);
        put(env, "DB_BUSY_TIMEOUT", busyTimeout);
        env.put("DB_AUTO_MIGRATE", "false");
        String dbFile = env.get("DATABASE_FILE");
        if (dbFile != null && !dbFile.isBlank() && !dbFile.equals(DatabaseConfig.IN_MEMORY)) {
            env.put("DATABASE_FILE", resolve(dbFile.trim()));
        }
        env.put("DB_MODULE_ROOTS", String.join(",", roots(env.get("DB_MODULE_ROOTS"))));
        return env;
    }

    private List<String> roots(String fromEnvironment) throws MojoFailureException {
        List<String> given = moduleRoots != null && !moduleRoots.isEmpty() ? moduleRoots
                : fromEnvironment != null && !fromEnvironment.isBlank() ? List.of(fromEnvironment.split(","))
                : null;
        List<String> roots = new ArrayList<>();
        if (given != null) {
            for (String root : given) {
                String r = root.trim();
                if (!r.isEmpty()) {
                    roots.add(r.startsWith("classpath:") ? r : resolve(r));
                }
            }
            return roots;
        }
        for (String root : DEFAULT_ROOTS) {
            if (Files.isDirectory(basedir.toPath().resolve(root))) {
                roots.add(resolve(root));
            }
        }
        if (roots.isEmpty()) {
            throw new MojoFailureException("spdb: no module roots: neither " + String.join(" nor ", DEFAULT_ROOTS)
                    + " exists in " + basedir + ". Set <moduleRoots> in the plugin configuration (or"
                    + " DB_MODULE_ROOTS) to the folders that hold your modules.");
        }
        return roots;
    }

    private String resolve(String path) {
        Path p = Path.of(path);
        return (p.isAbsolute() ? p : basedir.toPath().resolve(p)).normalize().toString();
    }

    private static void put(Map<String, String> env, String name, String value) {
        if (value != null && !value.isBlank()) {
            env.put(name, value.trim());
        }
    }
}
