package io.systemprompt.database.migrate;

/** What a step of a run does. */
public enum StepKind {
    /** Installs a module's schema.sql and init.sql with its {@code _schema_versions} row. */
    SCHEMA,
    /** Applies one migration with its {@code _migrations} row. */
    MIGRATION,
    /** Runs one migration's rollback file and deletes its row. */
    ROLLBACK
}
