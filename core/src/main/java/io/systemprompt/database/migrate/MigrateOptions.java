package io.systemprompt.database.migrate;

import java.util.Objects;

/**
 * What {@link MigrationService#migrate(MigrateOptions)} runs. Start from {@link #all()} and narrow:
 * {@code MigrateOptions.all().module("core/auth").preview()}.
 *
 * @param module      the module to install and migrate with what it depends on, or null for all
 * @param schemasOnly install pending module schemas only, no migrations
 * @param dryRun      only plan and prepare the SQL; change nothing
 * @param listener    follows the run's progress
 */
public record MigrateOptions(String module, boolean schemasOnly, boolean dryRun, MigrationListener listener) {

    /** The listener may not be null; use {@link MigrationListener#NONE}. */
    public MigrateOptions {
        Objects.requireNonNull(listener, "listener");
    }

    /** Every module, schemas and migrations, for real, no listener. */
    public static MigrateOptions all() {
        return new MigrateOptions(null, false, false, MigrationListener.NONE);
    }

    /** Only this module and what it depends on; null for all. */
    public MigrateOptions module(String key) {
        return new MigrateOptions(key, schemasOnly, dryRun, listener);
    }

    /** Install pending module schemas only, without migrations. */
    public MigrateOptions withoutMigrations() {
        return new MigrateOptions(module, true, dryRun, listener);
    }

    /** Plan and prepare only; with {@code dryRun} false, run for real. */
    public MigrateOptions dryRun(boolean dryRun) {
        return new MigrateOptions(module, schemasOnly, dryRun, listener);
    }

    /** Plan and prepare only: a dry run. */
    public MigrateOptions preview() {
        return dryRun(true);
    }

    /** Follow the run with this listener. */
    public MigrateOptions listener(MigrationListener l) {
        return new MigrateOptions(module, schemasOnly, dryRun, l);
    }
}
