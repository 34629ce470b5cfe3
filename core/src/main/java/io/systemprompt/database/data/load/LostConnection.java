package io.systemprompt.database.data.load;

import io.systemprompt.database.DatabaseException;
import io.systemprompt.database.config.EngineType;
import io.systemprompt.database.data.DataException;

/**
 * The message for a load whose connection dropped (a server restart, pg_terminate_backend, the
 * network): the engine's words alone ("This connection has been closed") say neither what was applied
 * nor what to do.
 */
final class LostConnection {
    private LostConnection() {
    }

    /** {@code e} as a lost connection during {@code operation}, or {@code e} itself when it is another error. */
    static DatabaseException explain(EngineType engine, String operation, String table, DatabaseException e) {
        if (!e.connectionLost() || e instanceof DataException) {
            return e;
        }
        String server = engine.displayName();
        return new DataException("The connection to " + server + " was lost during the " + operation
                + (table == null ? "" : " (at table " + table + ")") + ": " + root(e) + ".\n  Nothing was "
                + (operation.equals("import") ? "imported" : "loaded") + ": the server rolled the transaction back,"
                + " so the database was left as it was (if the connection dropped during COMMIT itself, check"
                + " the data before running again). Check that the server is up (pg_isready), then run the same "
                + operation + " again.", e);
    }

    private static String root(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage()).strip().replace("\n", " ");
    }
}
