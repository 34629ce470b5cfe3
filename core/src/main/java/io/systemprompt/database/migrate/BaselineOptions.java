package io.systemprompt.database.migrate;

/**
 * What {@link MigrationService#baseline(BaselineOptions)} does: {@link #record()} writes the adopted
 * installs and migrations to the history, {@link #preview()} only reports them.
 *
 * @param dryRun report without writing
 */
public record BaselineOptions(boolean dryRun) {

    /** Records as installed or applied what the live catalog already holds. */
    public static BaselineOptions record() {
        return new BaselineOptions(false);
    }

    /** Reports what a baseline would record, and writes nothing. */
    public static BaselineOptions preview() {
        return new BaselineOptions(true);
    }
}
