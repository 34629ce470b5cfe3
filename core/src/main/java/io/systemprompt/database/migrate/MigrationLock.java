package io.systemprompt.database.migrate;

import io.systemprompt.database.DatabaseContext;
import io.systemprompt.database.DatabaseException;
import io.systemprompt.database.LockTimeoutException;
import io.systemprompt.database.engine.MigrationLease;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetAddress;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The migration lock of one database. With advisory locks (the default on PostgreSQL) or SQLite's write
 * lock, each step's transaction takes it. With a lease ({@code DB_LOCK_MODE=lease}, or CockroachDB and
 * YugabyteDB under {@code auto}) a whole run holds the lease, renewed every third of
 * {@code DB_LOCK_LEASE_MS}, and each step's transaction confirms it still holds it, so a process killed
 * mid-run is taken over only after its lease expires.
 */
final class MigrationLock {
    private static final Logger LOG = LoggerFactory.getLogger(MigrationLock.class);
    private static final long POLL_MS = 200;

    private final DatabaseContext db;
    private final Duration timeout;
    private final ThreadLocal<Held> held = new ThreadLocal<>();
    private Optional<MigrationLease> lease;

    MigrationLock(DatabaseContext db) {
        this.db = db;
        this.timeout = Duration.ofMillis(db.config().lockTimeoutMs());
    }

    /** Runs {@code work} holding the lease when this database uses one; reentrant on the same thread. */
    <T> T hold(Supplier<T> work) {
        if (held.get() != null) {
            held.get().depth++;
            try {
                return work.get();
            } finally {
                held.get().depth--;
            }
        }
        Optional<MigrationLease> lease = lease();
        if (lease.isEmpty()) {
            return work.get();
        }
        Held h = acquire(lease.get());
        held.set(h);
        try {
            return work.get();
        } finally {
            held.remove();
            h.release();
        }
    }

    /** Inside a step's transaction: the advisory lock, or the confirmation that the lease is still held. */
    void lockStep(Connection tx) throws SQLException {
        Held h = held.get();
        if (h == null) {
            db.dialect().lockMigrations(tx, timeout);
        } else {
            confirm(h, tx);
        }
    }

    private void confirm(Held h, Connection tx) throws SQLException {
        if (!h.lease.confirm(tx, h.owner)) {
            throw new LockTimeoutException("The migration lease of this process (" + h.owner + ") expired or was"
                    + " taken over, so this run stops before its next step. Another process may be migrating now;"
                    + " run spdb migrate again afterwards, and raise DB_LOCK_LEASE_MS if steps take longer than it.");
        }
    }

    /** Decided once per database: the server does not change its kind while a pool lasts. */
    private synchronized Optional<MigrationLease> lease() {
        if (lease == null) {
            try (Connection c = db.dataSource().getConnection()) {
                lease = db.dialect().migrationLease(c, db.config().scaleOut().lockMode());
            } catch (SQLException e) {
                throw new DatabaseException("Cannot tell how to take the migration lock: " + e.getMessage(), e);
            }
        }
        return lease;
    }

    private Held acquire(MigrationLease lease) {
        long leaseMs = db.config().scaleOut().leaseMs();
        String owner = UUID.randomUUID().toString();
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Connection c = db.dataSource().getConnection()) {
            lease.ensure(c);
            while (!lease.tryTake(c, owner, hostName(), ProcessHandle.current().pid(), leaseMs)) {
                if (System.nanoTime() >= deadline) {
                    throw new LockTimeoutException("Timed out after " + timeout.toMillis()
                            + " ms waiting for the migration lease, held by " + lease.holder(c).orElse("another process")
                            + ". Wait for that migration to finish (a killed holder's lease expires after"
                            + " DB_LOCK_LEASE_MS), or raise DB_LOCK_TIMEOUT.");
                }
                Thread.sleep(POLL_MS);
            }
        } catch (SQLException e) {
            throw new DatabaseException("Cannot take the migration lease: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LockTimeoutException("Interrupted while waiting for the migration lease.");
        }
        return new Held(lease, owner, leaseMs);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return "unknown host";
        }
    }

    /** A lease this process holds, with its renewal. */
    private final class Held {
        final MigrationLease lease;
        final String owner;
        final ScheduledExecutorService renewal;
        int depth;

        Held(MigrationLease lease, String owner, long leaseMs) {
            this.lease = lease;
            this.owner = owner;
            this.renewal = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "systemprompt-database-lease-renewal");
                t.setDaemon(true);
                return t;
            });
            long period = Math.max(100, leaseMs / 3);
            renewal.scheduleWithFixedDelay(() -> renew(leaseMs), period, period, TimeUnit.MILLISECONDS);
        }

        private void renew(long leaseMs) {
            try (Connection c = db.dataSource().getConnection()) {
                if (!lease.renew(c, owner, leaseMs)) {
                    LOG.error("The migration lease {} was lost; the run stops before its next step.", owner);
                }
            } catch (SQLException | RuntimeException e) {
                LOG.warn("Renewing the migration lease failed (it is retried): {}", e.getMessage());
            }
        }

        void release() {
            renewal.shutdownNow();
            try (Connection c = db.dataSource().getConnection()) {
                lease.release(c, owner);
            } catch (SQLException | RuntimeException e) {
                LOG.warn("Releasing the migration lease failed; it expires by itself after DB_LOCK_LEASE_MS: {}",
                        e.getMessage());
            }
        }
    }
}
