package io.systemprompt.database;

import io.systemprompt.database.config.DatabaseConfig;
import io.systemprompt.database.engine.Dialect;
import io.systemprompt.database.pool.ConnectionPool;

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

    /** The connection pool and its write gate. */
    ConnectionPool pool();

    /** True when the calling thread is inside a transaction of this database. */
    boolean inTransaction();

    /** Runs the callback in a transaction the engine keeps read-only. */
    <T, X extends Exception> T readOnly(TransactionCallback<T, X> callback) throws X;
}
