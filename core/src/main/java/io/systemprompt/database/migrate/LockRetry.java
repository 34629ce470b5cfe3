package io.systemprompt.database.migrate;

import io.systemprompt.database.DatabaseContext;
import io.systemprompt.database.engine.Dialect;
import io.systemprompt.database.script.SqlStatement;
import io.systemprompt.database.script.SqlToken;
import io.systemprompt.database.script.TokenType;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Bounds how long a migration step waits for table locks, and retries a step that ran out of its
 * lock timeout. Each step's transaction gets {@code DB_MIGRATION_LOCK_TIMEOUT} and
 * {@code DB_MIGRATION_STATEMENT_TIMEOUT} through the dialect, so a migration waiting behind a long
 * transaction never queues every other query on the table behind it for long. A step that timed out
 * rolled back whole; it is tried again after a growing pause, {@value #ATTEMPTS} times in all, then the
 * run fails naming the sessions that hold locks on the step's tables.
 */
final class LockRetry {
    /** Tries per step, the first included. */
    static final int ATTEMPTS = 4;
    /** The pause before the first retry; it doubles for each further one. */
    static final Duration FIRST_PAUSE = Duration.ofMillis(250);

    private final DatabaseContext db;
    private final Dialect dialect;
    private final Duration lockTimeout;
    private final Duration statementTimeout;
    private final List<String> notes = new ArrayList<>();

    LockRetry(DatabaseContext db) {
        this.db = db;
        this.dialect = db.dialect();
        this.lockTimeout = Duration.ofMillis(db.config().migrationLockTimeoutMs());
        this.statementTimeout = Duration.ofMillis(db.config().migrationStatementTimeoutMs());
    }

    /** Sets the timeouts of the current migration transaction. */
    void limit(java.sql.Connection c) {
        try {
            dialect.limitMigrationTransaction(c, lockTimeout, statementTimeout);
        } catch (SQLException e) {
            throw new io.systemprompt.database.DatabaseException("Cannot set the migration timeouts: "
                    + e.getMessage(), e);
        }
    }

    /** What the retries did since the last call, for the warnings of the run that just ended. */
    synchronized List<String> drainNotes() {
        List<String> drained = List.copyOf(notes);
        notes.clear();
        return drained;
    }

    /** Runs a step, again after a pause when it ran out of its lock timeout. */
    <T> T run(PlannedStep step, Supplier<T> work) {
        Duration pause = FIRST_PAUSE;
        for (int attempt = 1; ; attempt++) {
            try {
                T result = work.get();
                if (attempt > 1) {
                    note(step.module() + " " + step.version() + ": waited for a table lock, applied on try "
                            + attempt + " of " + ATTEMPTS + ".");
                }
                return result;
            } catch (MigrationException e) {
                // A no-transaction step may have applied part of its file: never run it again on its own.
                if (e.reason() == MigrationException.Reason.PARTIALLY_APPLIED || !lockTimedOut(e)) {
                    throw e;
                }
                if (attempt == ATTEMPTS) {
                    throw gaveUp(step, e);
                }
                sleep(pause);
                pause = pause.multipliedBy(2);
            }
        }
    }

    /**
     * Runs a module's group of steps (see {@link ModuleGroupRunner}); when a step ran out of its lock
     * timeout, the steps before it are kept and the group runs again from that step after a pause.
     */
    ModuleGroupRunner.Outcome runGroup(Supplier<ModuleGroupRunner.Outcome> work) {
        List<AppliedStep> applied = new ArrayList<>();
        Duration pause = FIRST_PAUSE;
        PlannedStep waited = null;
        for (int attempt = 1; ; attempt++) {
            ModuleGroupRunner.Outcome o = work.get();
            applied.addAll(o.applied());
            MigrationException failure = o.failure();
            if (failure == null) {
                if (waited != null) {
                    note(waited.module() + " " + waited.version() + ": waited for a table lock, applied on try "
                            + attempt + " of " + ATTEMPTS + ".");
                }
                return new ModuleGroupRunner.Outcome(applied, null, null);
            }
            waited = waited == null ? o.failedStep() : waited;
            if (!lockTimedOut(failure)) {
                return new ModuleGroupRunner.Outcome(applied, failure, o.failedStep());
            }
            if (attempt == ATTEMPTS) {
                return new ModuleGroupRunner.Outcome(applied, gaveUp(o.failedStep(), failure), o.failedStep());
            }
            sleep(pause);
            pause = pause.multipliedBy(2);
        }
    }

    private synchronized void note(String text) {
        notes.add(text);
    }

    private boolean lockTimedOut(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && dialect.isLockTimeout(sql)) {
                return true;
            }
        }
        return false;
    }

    private MigrationException gaveUp(PlannedStep step, MigrationException e) {
        String holders = db.readOnly(tx -> {
            try {
                return dialect.tableLockHolders(tx.connection(), tables(step)).orElse(null);
            } catch (SQLException ex) {
                return null;
            }
        });
        String who = holders == null ? "another session (it no longer holds the lock, or the server does not say)"
                : holders;
        return new MigrationException(MigrationException.Reason.LOCK_TIMEOUT, e.module(), e.file(),
                e.getMessage().replace("Nothing of this step was applied. Fix the SQL at that line and run again.",
                        "Nothing of this step was applied.")
                        + "\n  Gave up after " + ATTEMPTS + " tries of " + lockTimeout.toMillis()
                        + " ms each (DB_MIGRATION_LOCK_TIMEOUT) waiting for a table lock held by " + who
                        + ".\n  Let that transaction finish (or end it with pg_terminate_backend), then run again.",
                e);
    }

    /** Every name in the step's statements that could be a table; the server keeps the real ones. */
    static Set<String> tables(PlannedStep step) {
        Set<String> names = new TreeSet<>();
        for (PreparedScript s : step.scripts()) {
            for (SqlStatement st : s.statements()) {
                for (SqlToken t : st.tokens()) {
                    if (t.type() == TokenType.WORD) {
                        names.add(t.text().toLowerCase(Locale.ROOT));
                    } else if (t.type() == TokenType.QUOTED_IDENTIFIER) {
                        names.add(t.identifier());
                    }
                }
            }
        }
        return names;
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MigrationException(MigrationException.Reason.LOCK_TIMEOUT, null, null,
                    "Interrupted while waiting to retry a migration step.", e);
        }
    }
}
