package io.systemprompt.database.migrate;

import io.systemprompt.database.DatabaseException;

/**
 * A schema install, migration, rollback or validation could not go ahead. {@link #reason()} says
 * why; the message names the module and file (with line:column where a statement failed) and ends
 * with what to do.
 */
public class MigrationException extends DatabaseException {
    private static final long serialVersionUID = 1L;

    /** Why the work stopped. */
    public enum Reason {
        /** An applied migration's file was edited afterwards. */
        CHECKSUM_MISMATCH,
        /** A statement of a schema, init or migration file failed; that step was rolled back whole. */
        STATEMENT_FAILED,
        /** A migration marked to run outside a transaction failed part-way; earlier statements stay applied. */
        PARTIALLY_APPLIED,
        /** A rollback was asked for a migration that has no rollback file. */
        ROLLBACK_MISSING,
        /** A rollback would break a later migration of a dependent module. */
        ROLLBACK_BLOCKED,
        /** A file could not be translated for the engine. */
        TRANSLATION_FAILED,
        /** A module or migration that was asked for does not exist. */
        NOT_FOUND,
        /** The migration lock was not granted in time. */
        LOCK_TIMEOUT,
        /** A pending migration has a lower version than an applied one and out-of-order runs are refused. */
        OUT_OF_ORDER
    }

    private final Reason reason;
    private final String module;
    private final String file;

    /** A migration failure with its reason, module and file (either may be null). */
    public MigrationException(Reason reason, String module, String file, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.module = module;
        this.file = file;
    }

    /** A migration failure without an underlying cause. */
    public MigrationException(Reason reason, String module, String file, String message) {
        this(reason, module, file, message, null);
    }

    /** Why the work stopped. */
    public Reason reason() {
        return reason;
    }

    /** The module concerned, or null. */
    public String module() {
        return module;
    }

    /** The file concerned (a path or URL), or null. */
    public String file() {
        return file;
    }
}
