package io.systemprompt.database.migrate;

import io.systemprompt.database.DatabaseException;
import io.systemprompt.database.StatementException;
import io.systemprompt.database.config.EngineType;
import io.systemprompt.database.engine.ErrorKind;

import java.util.List;
import java.util.Optional;

/**
 * Names the migration when a module's transaction is lost as a whole: the connection dropped, or the
 * engine refused the COMMIT (a full disk, an I/O error). The plain engine error would name neither the
 * module nor its files, nor say what was applied.
 */
final class GroupFailure {
    private GroupFailure() {
    }

    /**
     * The failure to report instead of {@code e}, or empty when {@code e} already says enough (a
     * statement's own error, a lock wait that the run retries).
     */
    static Optional<MigrationException> of(EngineType engine, String module, List<PlannedStep> attempted,
            DatabaseException e) {
        boolean atCommit = atCommit(e);
        boolean lost = e.connectionLost();
        if (!lost && !atCommit) {
            return Optional.empty();
        }
        String steps = attempted.isEmpty() ? "before any of its steps ran"
                : "applying " + String.join(", ", attempted.stream().map(PlannedStep::files).toList());
        String file = attempted.isEmpty() ? null : attempted.get(attempted.size() - 1).scripts().get(0).file()
                .location();
        String engineMessage = rootMessage(e);
        String message;
        if (lost) {
            message = "Module " + module + ": the connection to " + engine.displayName() + " was lost while " + steps
                    + (atCommit ? ", at COMMIT" : "") + " (" + engineMessage + ").\n  "
                    + (atCommit ? "The server may or may not have committed these steps: 'spdb migrate status' shows"
                            + " what is recorded." : "None of these steps was applied: the server rolled their"
                            + " transaction back.")
                    + " Steps reported as applied before them stay applied and recorded. Check that the server is"
                    + " up (pg_isready), then run 'spdb migrate' again: it applies what is missing, nothing twice.";
        } else {
            message = "Module " + module + ": COMMIT failed on " + engine.id() + " after " + steps + " ("
                    + engineMessage + ").\n  None of these steps was applied: the engine rolled their transaction"
                    + " back; steps reported as applied before them stay applied. Free disk space (or fix the I/O"
                    + " error) where the database is stored, then run 'spdb migrate' again.";
        }
        return Optional.of(new MigrationException(MigrationException.Reason.STATEMENT_FAILED, module, file,
                message, e));
    }

    private static boolean atCommit(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StatementException s && "COMMIT".equals(s.sql()) && s.kind() != ErrorKind.BUSY) {
                return true;
            }
        }
        return false;
    }

    /** The driver's own words, without the library's wrapping. */
    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage()).strip().replace("\n", " ");
    }
}
