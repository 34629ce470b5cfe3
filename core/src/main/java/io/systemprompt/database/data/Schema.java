package io.systemprompt.database.data;

import io.systemprompt.database.Database;
import io.systemprompt.database.Transaction;
import io.systemprompt.database.catalog.Catalog;
import io.systemprompt.database.catalog.TableInfo;
import io.systemprompt.database.history.HistoryTables;

import java.sql.SQLException;
import java.util.List;

/** Reads the live catalog for the data operations and tells module tables from tracking tables. */
public final class Schema {
    private Schema() {
    }

    /** The catalog as seen inside the given transaction (SQLite sees its own uncommitted DDL only there). */
    public static Catalog read(Database db, Transaction tx) {
        try {
            return db.dialect().catalog().read(tx.connection());
        } catch (SQLException e) {
            throw new DataException("Cannot read the " + db.dialect().type().id() + " catalog: " + e.getMessage()
                    + ". Check that the database is reachable and readable.", e);
        }
    }

    /** The catalog, read in a read-only transaction of its own. */
    public static Catalog read(Database db) {
        return db.readOnly(tx -> read(db, tx));
    }

    /** True for the tracking tables ({@code _schema_versions}, {@code _migrations}, {@code _schema_objects}). */
    public static boolean isTracking(String table) {
        return HistoryTables.isTrackingTable(table);
    }

    /** Tables other than the tracking tables, parents first. */
    public static List<TableInfo> moduleTables(Catalog catalog) {
        return TableOrder.parentsFirst(catalog.tables().stream().filter(t -> !isTracking(t.name())).toList());
    }

    /** Module tables named in {@code names} (all when empty), parents first; an unknown name fails. */
    public static List<TableInfo> chosen(Catalog catalog, List<String> names) {
        List<TableInfo> all = moduleTables(catalog);
        if (names == null || names.isEmpty()) {
            return all;
        }
        for (String n : names) {
            if (catalog.table(n).isEmpty()) {
                throw new DataException("No table '" + n + "' in the database; its tables are "
                        + catalog.tables().stream().map(TableInfo::name).toList() + ". Check the table name.");
            }
        }
        return TableOrder.parentsFirst(names.stream().map(n -> catalog.table(n).orElseThrow()).distinct().toList());
    }
}
