package io.systemprompt.database.engine.postgres;

import io.systemprompt.database.catalog.Catalog;
import io.systemprompt.database.catalog.CatalogReader;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Reads the Postgres catalog. */
final class PostgresCatalogReader implements CatalogReader {
    static final PostgresCatalogReader INSTANCE = new PostgresCatalogReader();

    @Override
    public Catalog read(Connection connection) throws SQLException {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public List<String> tableNames(Connection connection) throws SQLException {
        throw new UnsupportedOperationException("not yet");
    }
}
