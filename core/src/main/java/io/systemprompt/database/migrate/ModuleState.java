package io.systemprompt.database.migrate;

/** Where a module's schema stands. */
public enum ModuleState {
    /** Installed, and its schema and init files are unchanged since. */
    INSTALLED,
    /** On disk but not installed yet. */
    PENDING,
    /** Installed, but its schema or init file changed since (drift: change it through a migration). */
    CHANGED,
    /** Installed, but no longer found in any module root. */
    MISSING
}
