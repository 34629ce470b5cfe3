package io.systemprompt.database.pool;

import io.systemprompt.database.DatabaseException;
import io.systemprompt.database.TransactionException;
import io.systemprompt.database.engine.Dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Group commit for an engine with one writer at a time (SQLite): this process's write transactions run
 * one after another on one writer connection inside a shared engine transaction, each in its own
 * savepoint, and the shared transaction is committed once for the group. The writer connection is
 * borrowed from the pool for each group and returned after its commit.
 *
 * <ul>
 *   <li>Atomic and isolated: a member's work is a savepoint, released when its callback returns and
 *       rolled back alone when it throws; members run strictly one at a time (the gate's lock).</li>
 *   <li>Durable: a member returns only after the commit that includes it; if that commit fails, every
 *       member of the group gets the failure and none of their work is kept.</li>
 *   <li>When a member finishes and no other writer is waiting for the lock (or the group is full), it
 *       commits; otherwise it hands the open transaction to the next writer and waits. A waiter whose
 *       group is left open (the next writer gave up waiting) commits it itself.</li>
 * </ul>
 *
 * <p>Readers use other pooled connections and never wait for the group (WAL). Known limit: a deferred
 * foreign key that one member leaves violated fails the whole group's commit, since SQLite checks
 * deferred constraints only at COMMIT.
 */
final class GroupCommit {
    /** Members per group at most, so that a steady stream of writers still commits regularly. */
    static final int MAX_MEMBERS = 64;
    private static final String SAVEPOINT = "spdb_group_member";
    private static final String MARK = "SAVEPOINT " + SAVEPOINT;
    private static final String RELEASE = "RELEASE SAVEPOINT " + SAVEPOINT;
    private static final String UNDO = "ROLLBACK TO SAVEPOINT " + SAVEPOINT;
    private static final long RECHECK_MS = 20;

    private final ReentrantLock lock;
    private final Dialect dialect;
    private final Supplier<Connection> borrow;
    private final Consumer<Connection> evict;
    private final Object monitor = new Object();
    private volatile BiFunction<SQLException, String, RuntimeException> errors =
            (e, sql) -> new TransactionException(sql + " failed: " + e.getMessage(), e);

    // Guarded by lock.
    private Connection writer;
    private boolean open;
    private long group;
    private int members;

    // Guarded by monitor.
    private long committed;
    private long commits;
    private final Map<Long, RuntimeException> failures = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, RuntimeException> eldest) {
            return size() > MAX_MEMBERS; // a waiter reads its group's failure right after it is recorded
        }
    };

    GroupCommit(ReentrantLock lock, Dialect dialect, Supplier<Connection> borrow, Consumer<Connection> evict) {
        this.lock = lock;
        this.dialect = dialect;
        this.borrow = borrow;
        this.evict = evict;
    }

    /** Groups committed so far. */
    long commits() {
        synchronized (monitor) {
            return commits;
        }
    }

    /** How engine errors of BEGIN, SAVEPOINT and COMMIT are reported (as the statement runner does). */
    void translateErrors(BiFunction<SQLException, String, RuntimeException> translator) {
        this.errors = translator;
    }

    /** Runs one auto-commit statement; the caller holds the lock once and this method releases it. */
    <T, X extends Exception> T runStatement(WriteGate.WriteWork<T, X> work) throws X {
        if (open || lock.hasQueuedThreads()) {
            return run(work); // join or start a group, so that queued writers share its commit
        }
        try {
            if (writer == null) {
                writer = borrow.get();
            }
            return work.run(writer); // its own transaction: committed when the statement ends
        } finally {
            try {
                returnWriter();
            } finally {
                lock.unlock();
            }
        }
    }

    /**
     * Runs one member; the caller holds the lock once (not re-entered) and this method releases it. The
     * member that opens a group needs no savepoint: until it returns the transaction holds only its work,
     * so its failure rolls back the transaction, and later members mark their own savepoints.
     */
    <T, X extends Exception> T run(WriteGate.WriteWork<T, X> work) throws X {
        long mine;
        T result;
        Throwable thrown = null;
        boolean first = !open;
        try {
            begin();
        } catch (RuntimeException e) {
            lock.unlock();
            throw e;
        }
        mine = group;
        members++;
        if (!first) {
            try {
                savepoint(MARK);
            } catch (RuntimeException e) {
                try {
                    fail(e); // the shared transaction's state is unknown: end it for everyone
                } finally {
                    lock.unlock();
                }
                throw e;
            }
        }
        try {
            result = work.run(writer);
            if (!first) {
                savepoint(RELEASE);
            }
        } catch (Throwable t) {
            thrown = t;
            result = null;
            if (first) {
                rollbackAlone(t);
            } else {
                try {
                    savepoint(UNDO);
                    savepoint(RELEASE);
                } catch (RuntimeException rollbackFailure) {
                    t.addSuppressed(rollbackFailure);
                    fail(rollbackFailure); // the shared transaction's state is unknown: end it for everyone
                }
            }
        }
        try {
            if (open && (members >= MAX_MEMBERS || !lock.hasQueuedThreads())) {
                commit();
            }
        } finally {
            lock.unlock();
        }
        if (thrown != null) {
            throw WriteGate.<X>sneaky(thrown);
        }
        awaitCommit(mine);
        return result;
    }

    /** Rolls back a group whose only member failed; nobody else waits on it. */
    private void rollbackAlone(Throwable cause) {
        rollbackGroup(cause, null);
    }

    /** Commits an open group; called with the lock held by a writer that is not a member right now. */
    void flush() {
        if (open) {
            commit();
        }
    }

    /** Commits any open group (which gives the writer connection back); called with the lock held. */
    void close() {
        flush();
        returnWriter();
    }

    private void returnWriter() {
        if (writer != null) {
            Connection c = writer;
            writer = null;
            try {
                c.close();
            } catch (SQLException e) {
                evict.accept(c);
            }
        }
    }

    private void begin() {
        if (open) {
            return;
        }
        if (writer == null) {
            writer = borrow.get();
        }
        try {
            dialect.begin(writer, false);
        } catch (SQLException e) {
            RuntimeException failure = errors.apply(e, "BEGIN");
            returnWriter(); // no transaction started: the connection is fine
            throw failure;
        }
        open = true;
        group++;
        members = 0;
    }

    private void savepoint(String sql) {
        try {
            dialect.control(writer, sql);
        } catch (SQLException e) {
            throw errors.apply(e, sql);
        }
    }

    private void commit() {
        try {
            dialect.commit(writer, false);
            open = false;
            returnWriter(); // between groups the connection serves readers too, and the pool shows no leak
            synchronized (monitor) {
                committed = group;
                commits++;
                monitor.notifyAll();
            }
        } catch (SQLException e) {
            RuntimeException failure = errors.apply(e, "COMMIT");
            fail(new TransactionException("The commit of a group of " + members + " write transaction(s) failed: "
                    + failure.getMessage() + "\nNone of their changes were kept; run them again.", failure));
        }
    }

    /** Ends the open group without keeping it; every member that has not returned gets {@code cause}. */
    private void fail(RuntimeException cause) {
        rollbackGroup(cause, cause);
    }

    /** Rolls the open group back and wakes its members, recording {@code failure} for them unless null. */
    private void rollbackGroup(Throwable cause, RuntimeException failure) {
        if (writer != null) {
            try {
                dialect.rollback(writer, false);
                returnWriter();
            } catch (SQLException | RuntimeException e) {
                cause.addSuppressed(e);
                dropWriter();
            }
        }
        open = false;
        synchronized (monitor) {
            if (failure != null) {
                failures.put(group, failure);
            }
            committed = group;
            monitor.notifyAll();
        }
    }

    private void dropWriter() {
        if (writer != null) {
            evict.accept(writer);
            try {
                writer.close();
            } catch (SQLException e) {
                // Already evicted; closing only returns the proxy.
            }
            writer = null;
        }
    }

    /** Waits until the group {@code mine} is committed, committing it here if nobody else will. */
    private void awaitCommit(long mine) {
        while (true) {
            synchronized (monitor) {
                if (committed >= mine) {
                    RuntimeException failure = failures.get(mine);
                    if (failure != null) {
                        throw new TransactionException(failure.getMessage(), failure);
                    }
                    return;
                }
                try {
                    monitor.wait(RECHECK_MS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new DatabaseException("Interrupted while waiting for the commit of this transaction;"
                            + " it may or may not have been committed.", e);
                }
                if (committed >= mine) {
                    continue;
                }
            }
            if (lock.tryLock()) {
                try {
                    if (open && group == mine) {
                        commit();
                    }
                } finally {
                    lock.unlock();
                }
            }
        }
    }
}
