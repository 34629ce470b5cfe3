package io.systemprompt.database.migrate;

/** Where one migration stands. */
public enum MigrationState {
    /** Applied, and its file is unchanged since. */
    APPLIED,
    /** On disk but not applied yet. */
    PENDING,
    /** Applied, but its file changed since. */
    CHANGED,
    /** Applied, but its file is gone. */
    MISSING
}
