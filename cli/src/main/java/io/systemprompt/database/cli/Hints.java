package io.systemprompt.database.cli;

import io.systemprompt.database.DatabaseException;
import io.systemprompt.database.StatementException;
import io.systemprompt.database.UnableToConnectException;
import io.systemprompt.database.config.ConfigurationException;
import io.systemprompt.database.data.DataException;
import io.systemprompt.database.migrate.MigrationException;
import io.systemprompt.database.module.ModuleDiscoveryException;
import io.systemprompt.database.script.SqlScriptException;

/** The {@code hint:} line for an error: what to do next, in terms of spdb's options. */
final class Hints {

    private Hints() {
    }

    static String of(Throwable ex) {
        if (ex instanceof CliException c) {
            return c.hint();
        }
        if (ex instanceof ConfigurationException c) {
            return "fix " + c.variable() + " or the matching option (see 'spdb <command> --help').";
        }
        if (ex instanceof ModuleDiscoveryException d) {
            return discovery(d);
        }
        if (ex instanceof UnableToConnectException) {
            return "check that the database is reachable with --engine, --db-file or --pg-host/--pg-port/--pg-db/--pg-user.";
        }
        if (ex instanceof DatabaseException d && d.connectionLost()) {
            return "check that the server is up (pg_isready), then run the same command again; the error above says"
                    + " what was applied.";
        }
        if (ex instanceof MigrationException && atCommit(ex)) {
            return "free disk space (or fix the I/O error) where the database is stored, then run 'spdb migrate' again.";
        }
        if (ex instanceof MigrationException m) {
            return migration(m);
        }
        if (ex instanceof DataException) {
            return "the error above names what to fix (file:line:column where it applies); the database was left as it was.";
        }
        if (ex instanceof SqlScriptException) {
            return "fix the file at the line:column named above as the message says, then run again; nothing was run.";
        }
        if (ex instanceof StatementException) {
            return "check the SQL; run with --verbose for the full stack trace.";
        }
        return "run the command again with --verbose for the stack trace.";
    }

    private static boolean atCommit(Throwable ex) {
        for (Throwable t = ex; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof StatementException s && "COMMIT".equals(s.sql())) {
                return true;
            }
        }
        return false;
    }

    private static String discovery(ModuleDiscoveryException d) {
        switch (d.reason()) {
            case MISSING_ROOT:
                return "check --modules (or DB_MODULE_ROOTS): each root must be a folder of module folders.";
            case UNREADABLE:
                return "check that the file or folder named above exists and is readable.";
            case UNKNOWN_MODULE:
                return "see 'spdb schema list' for the module keys.";
            default:
                return "fix the module file named above as the message says; nothing was run.";
        }
    }

    private static String migration(MigrationException m) {
        switch (m.reason()) {
            case ROLLBACK_BLOCKED:
                return rollbackFirst(m.getMessage());
            case OUT_OF_ORDER:
                return "give the migration a version above the applied ones, or run without --strict"
                        + " (DB_MIGRATE_OUT_OF_ORDER=warn) to apply it with a warning.";
            case CHECKSUM_MISMATCH:
                return "restore the applied file, or run 'spdb migrate repair' to accept the edited file.";
            case PARTIALLY_APPLIED:
                return "fix the file and the database by hand, then run 'spdb migrate repair'.";
            case ROLLBACK_MISSING:
                return "add a rollback file, or pass --force to only forget the migration.";
            case LOCK_TIMEOUT:
                return "another process is migrating; see 'spdb status' for the lock holder and try again.";
            case NOT_FOUND:
                return "see 'spdb schema list' for the module keys.";
            default:
                return "fix the file named above and run 'spdb migrate' again; 'spdb migrate --dry-run' shows the SQL.";
        }
    }

    /** The refusal names the dependent module whose later migration must go first. */
    private static String rollbackFirst(String message) {
        String marker = "spdb rollback --module ";
        int at = message == null ? -1 : message.indexOf(marker);
        if (at < 0) {
            return "roll back the later migration named above first, then run this rollback again.";
        }
        String module = message.substring(at + marker.length()).split("[\\s]")[0];
        return "roll back " + module + " first ('spdb rollback --module " + module + "'), then run this rollback again.";
    }
}
