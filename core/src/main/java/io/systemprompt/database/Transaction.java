package io.systemprompt.database;

import java.sql.Connection;

/** The handle inside a transaction callback: a {@link Handle} bound to one connection and one thread. */
public interface Transaction extends Handle {

    /**
     * The JDBC connection under this transaction, for tools that need one. Do not commit, roll back,
     * close it or change its auto-commit mode: the transaction owns it.
     */
    Connection connection();
}
