package io.systemprompt.database.engine.sqlite;

import io.systemprompt.database.catalog.Catalog;
import io.systemprompt.database.catalog.CatalogReader;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Reads the Sqlite catalog. */
final class SqliteCatalogReader implements CatalogReader {
    static final SqliteCatalogReader INSTANCE = new SqliteCatalogReader();

    @Override
    public Catalog read(Connection connection) throws SQLException {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public List<String> tableNames(Connection connection) throws SQLException {
        throw new UnsupportedOperationException("not yet");
    }
}
