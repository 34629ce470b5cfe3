package io.systemprompt.database.module;

import io.systemprompt.database.DatabaseException;
import java.util.Objects;

/**
 * Module discovery found a problem in the module roots. It is always raised before any SQL runs; the
 * {@link Reason} says which problem, and the message names the module, the file (and line where one
 * applies) and what to change.
 */
public class ModuleDiscoveryException extends DatabaseException {
    private static final long serialVersionUID = 1L;

    /** The closed set of discovery problems. */
    public enum Reason {
        /** Two roots (or two jars of one classpath root) hold the same module key. */
        DUPLICATE_KEY,
        /** A module depends on a key no root holds. */
        UNKNOWN_DEPENDENCY,
        /** A bare dependency name matches more than one module; the message lists them. */
        AMBIGUOUS_DEPENDENCY,
        /** The foreign keys of the schema files form a cycle between modules; the message names the tables. */
        CYCLE,
        /** Two modules create the same table or view; the message names both modules and files. */
        DUPLICATE_TABLE,
        /** A {@code module.yaml} is not valid YAML or has a value of the wrong type. */
        MALFORMED_DESCRIPTOR,
        /** A {@code .sql} file in {@code migrations/} does not follow the naming pattern. */
        BAD_MIGRATION_NAME,
        /** Two migrations of one module share a version ({@code 1_a.sql} and {@code 001_b.sql}). */
        DUPLICATE_VERSION,
        /** A rollback file without its forward migration. */
        ORPHAN_ROLLBACK,
        /** An engine override file ({@code .sqlite.sql}/{@code .postgres.sql}) without its generic file. */
        ORPHAN_OVERRIDE,
        /** An explicitly given root does not exist. */
        MISSING_ROOT,
        /** A root or file could not be read. */
        UNREADABLE,
        /** A module key asked of a {@link ModuleSet} that it does not hold. */
        UNKNOWN_MODULE
    }

    private final Reason reason;

    /** Creates the exception; the message must already say what to do. */
    public ModuleDiscoveryException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** Creates the exception with its cause. */
    public ModuleDiscoveryException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** Which discovery problem this is. */
    public Reason reason() {
        return reason;
    }
}
