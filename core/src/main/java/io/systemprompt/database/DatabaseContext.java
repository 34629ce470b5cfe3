package io.systemprompt.database;

import io.systemprompt.database.config.DatabaseConfig;
import io.systemprompt.database.engine.Dialect;

import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * What the services built on a database (migrations, schemas) need from it: its configuration, its
 * engine, its pool and its transactions. {@link Database} implements it; the services take this
 * interface, so they do not depend on the facade that creates them.
 */
public interface DatabaseContext extends Handle {

    /** The configuration the database was opened with. */
    DatabaseConfig config();

    /** The engine's dialect. */
    Dialect dialect();

    /** The pooled data source. */
    DataSource dataSource();

    /**
     * Runs {@code work} on a pooled connection of its own, in auto-commit mode, after this process's
     * earlier writers (the write gate of a single-writer engine). For writes that must run outside a
     * transaction or manage their own. An {@link SQLException} from the work is thrown as it is.
     */
    <T> T withWriteConnection(ConnectionWork<T> work) throws SQLException;

    /** Runs {@code work} on a pooled connection of its own, without passing the write gate: reads only. */
    <T> T withConnection(ConnectionWork<T> work) throws SQLException;

    /** True when the calling thread is inside a transaction of this database. */
    boolean inTransaction();

    /**
     * Tells the database that this process changed its schema (a migration, rollback or restore ran), so
     * that nothing kept for the old tables, such as a row mapping bound to their columns, is used again.
     */
    default void schemaChanged() {
    }

    /** Runs the callback in a transaction the engine keeps read-only. */
    <T, X extends Exception> T readOnly(TransactionCallback<T, X> callback) throws X;
}
