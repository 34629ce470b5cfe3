package io.systemprompt.database.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The SQL of a migration lease: one row that names the process holding the migration lock and when its
 * hold expires, for engines whose advisory locks are missing or fake (CockroachDB, YugabyteDB before
 * 2.25). The core decides when to take, renew, confirm and release it; these methods only say how.
 * Every method runs on the connection it is given and never commits or rolls back, except
 * {@link #tryTake} and {@link #renew} and {@link #release}, which each run as one auto-committed statement.
 */
public interface MigrationLease {

    /** Creates the lease table and its one row when missing. Auto-commit. */
    void ensure(Connection connection) throws SQLException;

    /**
     * Takes the lease for {@code owner} when it is free, expired or already the owner's. Auto-commit.
     *
     * @return true when {@code owner} holds it now
     */
    boolean tryTake(Connection connection, String owner, String host, long pid, long leaseMs) throws SQLException;

    /** Pushes the expiry {@code leaseMs} ahead; false when {@code owner} no longer holds it. Auto-commit. */
    boolean renew(Connection connection, String owner, long leaseMs) throws SQLException;

    /** Frees the lease when {@code owner} holds it. Auto-commit. */
    void release(Connection connection, String owner) throws SQLException;

    /**
     * Inside a migration step's transaction: locks the lease row until that transaction ends (so no takeover
     * can happen during the step) and says whether {@code owner} still holds an unexpired lease.
     */
    boolean confirm(Connection transaction, String owner) throws SQLException;

    /** Who holds the lease and until when, for messages; empty when it is free. */
    Optional<String> holder(Connection connection) throws SQLException;
}
