package io.systemprompt.database.lint;

/** Which of a module's files is being linted. */
public enum FileKind {
    /** {@code schema.sql}: runs once, on the first install of the module. */
    SCHEMA,
    /** {@code init.sql}: runs once, with the schema. */
    INIT,
    /** A forward migration: runs against a database that may hold data and serve traffic. */
    MIGRATION
}
