package io.systemprompt.database;

/** Where {@link Database#readOnly(ReadTarget, TransactionCallback)} runs its transaction. */
public enum ReadTarget {
    /** The primary: sees every committed write. */
    PRIMARY,
    /**
     * A read replica in rotation (replay lag within {@code DB_REPLICA_MAX_LAG_MS}), or the primary when none
     * is configured or in rotation. Cheaper for the primary; may be slightly behind it.
     */
    REPLICA
}
