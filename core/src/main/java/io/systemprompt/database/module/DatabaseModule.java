package io.systemprompt.database.module;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A module found by discovery: a folder under a module root that holds a {@code module.yaml}, a
 * {@code database/} folder, or both.
 *
 * <p>The key is the folder's path relative to its root with {@code /} separators ({@code core/auth},
 * {@code extensions/billing/invoices}). From {@code module.yaml}: {@code version} (default
 * {@value #DEFAULT_VERSION} when there is no file or no version) and {@code dependencies} (module keys,
 * default none). Its {@code name} is informational: when it disagrees with the key, the key wins and a
 * warning is logged.
 *
 * @param key          the module key
 * @param version      the declared version
 * @param dependencies keys of the modules this one needs, as declared (no duplicates)
 * @param location     the module folder (a path or URL), for messages
 * @param schema       {@code database/schema.sql} and overrides, or null when absent
 * @param init         {@code database/init.sql} and overrides, or null when absent
 * @param migrations   the forward migrations, sorted by version
 * @param name         the {@code name:} of {@code module.yaml}, or null; a bare dependency name may match it
 * @param enabled      false when {@code module.yaml} says {@code enabled: false}: discovery skips it
 */
public record DatabaseModule(String key, String version, List<String> dependencies, String location,
        EngineFiles schema, EngineFiles init, List<Migration> migrations, String name, boolean enabled) {

    /** The version of a module that declares none. */
    public static final String DEFAULT_VERSION = "0.0.0";

    /** Rejects missing parts and copies the lists. */
    public DatabaseModule {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(location, "location");
        dependencies = List.copyOf(dependencies);
        migrations = List.copyOf(migrations);
    }

    /** A module without a declared name, enabled. */
    public DatabaseModule(String key, String version, List<String> dependencies, String location,
            EngineFiles schema, EngineFiles init, List<Migration> migrations) {
        this(key, version, dependencies, location, schema, init, migrations, null, true);
    }

    /** The same module with other (resolved) dependencies. */
    public DatabaseModule withDependencies(List<String> keys) {
        return new DatabaseModule(key, version, keys, location, schema, init, migrations, name, enabled);
    }

    /** The last segment of the key: the bare name other modules may depend on. */
    public String simpleName() {
        return key.substring(key.lastIndexOf('/') + 1);
    }

    /** Short: key, version, dependencies and file counts, never the SQL. */
    @Override
    public String toString() {
        return "DatabaseModule[" + key + " " + version + ", dependencies=" + dependencies + ", schema="
                + (schema != null) + ", init=" + (init != null) + ", migrations=" + migrations.size()
                + (enabled ? "" : ", disabled") + "]";
    }

    /** The schema files, if the module has tables. */
    public Optional<EngineFiles> schemaFiles() {
        return Optional.ofNullable(schema);
    }

    /** The init files, if the module seeds data. */
    public Optional<EngineFiles> initFiles() {
        return Optional.ofNullable(init);
    }
}
