package io.systemprompt.database.migrate;

/**
 * What {@link MigrationService#rollback(RollbackOptions)} undoes. Start from {@link #last(int)} and
 * narrow: {@code RollbackOptions.last(1).module("core/auth").preview()}.
 *
 * @param steps  how many applied migrations to roll back, newest first; at least 1
 * @param module only that module's migrations, or null for all modules
 * @param force  a migration with no rollback file is forgotten with a warning instead of stopping the run
 * @param dryRun only plan and prepare the SQL; change nothing
 */
public record RollbackOptions(int steps, String module, boolean force, boolean dryRun) {

    /** The last {@code steps} applied migrations of all modules, for real, without force. */
    public static RollbackOptions last(int steps) {
        return new RollbackOptions(steps, null, false, false);
    }

    /** Only this module's migrations; null for all. */
    public RollbackOptions module(String key) {
        return new RollbackOptions(steps, key, force, dryRun);
    }

    /** Forget migrations without a rollback file, with a warning, instead of stopping. */
    public RollbackOptions force(boolean on) {
        return new RollbackOptions(steps, module, on, dryRun);
    }

    /** Plan and prepare only; with {@code on} false, run for real. */
    public RollbackOptions dryRun(boolean on) {
        return new RollbackOptions(steps, module, force, on);
    }

    /** Plan and prepare only: a dry run. */
    public RollbackOptions preview() {
        return dryRun(true);
    }
}
