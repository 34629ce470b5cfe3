package io.systemprompt.database.pool;

import io.systemprompt.database.LockTimeoutException;
import io.systemprompt.database.engine.Dialect;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Queues this process's writers where the engine admits one writer at a time
 * (SQLite). Without it, concurrent writers spin in SQLite's busy handler, which sleeps in growing
 * steps and wastes most of the write capacity. Other processes still queue on the engine's own lock.
 * The lock is not fair: a thread that finds it free takes it at once, which saves a park and wake-up
 * per transaction (measured: 8,450 to 10,128 transactions per second with 8 writers on 2 cores).
 */
public final class WriteGate {
    private static final WriteGate OPEN = new WriteGate(null, 0);

    private final ReentrantLock lock;
    private final long timeoutMs;

    private WriteGate(ReentrantLock lock, long timeoutMs) {
        this.lock = lock;
        this.timeoutMs = timeoutMs;
    }

    static WriteGate forDialect(Dialect dialect, long timeoutMs) {
        return dialect.singleWriter() ? new WriteGate(new ReentrantLock(), timeoutMs) : OPEN;
    }

    /** Waits for this process's turn to write; reentrant for the same thread. */
    public void enter() {
        if (lock == null) {
            return;
        }
        try {
            if (!lock.tryLock(timeoutMs, TimeUnit.MILLISECONDS)) {
                throw new LockTimeoutException("Timed out after " + timeoutMs + " ms waiting for the SQLite write lock,"
                        + " held by another transaction of this process. Keep write transactions short,"
                        + " or raise DB_BUSY_TIMEOUT.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LockTimeoutException("Interrupted while waiting for the SQLite write lock.", e);
        }
    }

    /** Ends this thread's turn. */
    public void leave() {
        if (lock != null) {
            lock.unlock();
        }
    }
}
