package io.systemprompt.database.migrate;

import io.systemprompt.database.DatabaseException;
import io.systemprompt.database.catalog.Catalog;
import io.systemprompt.database.config.DatabaseConfig;
import io.systemprompt.database.config.EngineType;
import io.systemprompt.database.engine.Dialects;
import io.systemprompt.database.pool.ConnectionPool;
import io.systemprompt.database.script.SqlFile;
import io.systemprompt.database.script.SqlSplitter;
import io.systemprompt.database.script.SqlStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A private in-memory SQLite database that module files run in, to see what they create without
 * touching the real database. Module SQL is written in SQLite's dialect, so it runs here untranslated
 * on either engine; the catalogs are compared by type family afterwards.
 */
final class ScratchCatalog implements AutoCloseable {
    private final ConnectionPool scratch;
    private final Connection connection;

    ScratchCatalog() {
        scratch = ConnectionPool.open(DatabaseConfig.builder().sqlite(DatabaseConfig.IN_MEMORY).autoMigrate(false)
                .moduleRoots(java.util.List.of()).build(), Dialects.forEngine(EngineType.SQLITE));
        try {
            connection = scratch.dataSource().getConnection();
        } catch (SQLException e) {
            scratch.close();
            throw new DatabaseException("Cannot open the scratch SQLite database: " + e.getMessage(), e);
        }
    }

    /** Runs a file statement by statement; a failure names the file, line and column. */
    void run(SqlFile file) {
        for (SqlStatement st : SqlSplitter.split(file)) {
            try (Statement s = connection.createStatement()) {
                s.execute(st.sql());
            } catch (SQLException e) {
                throw new DatabaseException(file.location() + ":" + st.line() + ":" + st.column()
                        + ": does not run on a scratch SQLite database: " + e.getMessage(), e);
            }
        }
    }

    /** The scratch database's catalog now. */
    Catalog catalog() {
        try {
            return Dialects.forEngine(EngineType.SQLITE).catalog().read(connection);
        } catch (SQLException e) {
            throw new DatabaseException("Cannot read the scratch catalog: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Closing the in-memory database discards it either way.
        }
        scratch.close();
    }
}
