package io.systemprompt.database.migrate;

import io.systemprompt.database.DatabaseContext;
import io.systemprompt.database.DatabaseException;
import io.systemprompt.database.catalog.Catalog;
import io.systemprompt.database.catalog.ColumnInfo;
import io.systemprompt.database.catalog.TableInfo;
import io.systemprompt.database.translate.ColumnShape;
import io.systemprompt.database.translate.TableShape;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Function;

/**
 * Table shapes from the live database, for translating a file that uses a table created in an
 * earlier run. The catalog is read once per run, and only if translation asks.
 */
final class LiveTables implements Function<String, Optional<TableShape>> {
    private final DatabaseContext db;
    private Catalog catalog;

    LiveTables(DatabaseContext db) {
        this.db = db;
    }

    @Override
    public Optional<TableShape> apply(String table) {
        return catalog().table(table).map(LiveTables::shape);
    }

    /**
     * Read on the connection of the transaction this runs in, if any: a second connection would wait
     * on the locks that very transaction holds (a restore that dropped the tables, say) and never return.
     */
    private Catalog catalog() {
        if (catalog == null) {
            catalog = db.inTransaction() ? db.transaction(tx -> read(tx.connection())) : db.readOnly(tx -> read(tx.connection()));
        }
        return catalog;
    }

    private Catalog read(Connection c) {
        try {
            return db.dialect().catalog().read(c);
        } catch (SQLException e) {
            throw new DatabaseException("Cannot read the catalog for translation: " + e.getMessage(), e);
        }
    }

    private static TableShape shape(TableInfo t) {
        return new TableShape(t.name(), t.columns().stream().map(LiveTables::column).toList(), t.primaryKey(),
                t.uniques());
    }

    private static ColumnShape column(ColumnInfo c) {
        String type = c.type().toUpperCase(java.util.Locale.ROOT);
        return new ColumnShape(c.name(), type.equals("BOOLEAN") ? "BOOLEAN" : type);
    }
}
