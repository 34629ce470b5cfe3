package io.systemprompt.database.catalog;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Reads the live schema of one engine into the engine-neutral {@link Catalog}. The schema drift
 * check, the command line's summary and view, and the cross-engine equivalence test all read through
 * this interface. Objects whose names start with {@code sqlite_} (SQLite internals) are never listed.
 */
public interface CatalogReader {

    /** Every user table with its columns, keys, constraints, indexes, plus views and triggers. */
    Catalog read(Connection connection) throws SQLException;

    /** The user table names only, sorted; cheaper than {@link #read} when only names are needed. */
    java.util.List<String> tableNames(Connection connection) throws SQLException;
}
