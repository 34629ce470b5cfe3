package io.systemprompt.database.data;

import io.systemprompt.database.Transaction;
import io.systemprompt.database.catalog.Catalog;
import io.systemprompt.database.catalog.TableInfo;
import io.systemprompt.database.catalog.TriggerInfo;
import io.systemprompt.database.config.EngineType;

import java.util.List;

/**
 * Drops every trigger, view and table, the tracking tables and tables no module declares included,
 * inside the caller's transaction (DDL is transactional on both engines).
 */
final class Dropper {
    private Dropper() {
    }

    /** Drops everything in the catalog; returns {tables, views, triggers} dropped. */
    static int[] dropAll(Transaction tx, EngineType engine, Catalog catalog) {
        List<TableInfo> tables = TableOrder.childrenFirst(catalog.tables());
        if (engine == EngineType.SQLITE) {
            // Dropping a table deletes its rows first; deferring the check to commit, when the children
            // are gone too, keeps that implicit delete from failing on foreign keys.
            tx.execute("PRAGMA defer_foreign_keys = ON");
            for (TriggerInfo t : catalog.triggers()) {
                tx.execute("DROP TRIGGER IF EXISTS " + Sql.quote(t.name()));
            }
            for (String v : catalog.views()) {
                tx.execute("DROP VIEW IF EXISTS " + Sql.quote(v));
            }
            for (TableInfo t : tables) {
                tx.execute("DROP TABLE IF EXISTS " + Sql.quote(t.name()));
            }
        } else {
            if (!catalog.views().isEmpty()) {
                tx.execute("DROP VIEW IF EXISTS " + Sql.list(catalog.views()) + " CASCADE");
            }
            if (!tables.isEmpty()) {
                tx.execute("DROP TABLE IF EXISTS " + Sql.list(tables.stream().map(TableInfo::name).toList())
                        + " CASCADE");
            }
        }
        return new int[] {tables.size(), catalog.views().size(), catalog.triggers().size()};
    }

    /** True when the database holds no table and no view. */
    static boolean empty(Catalog catalog) {
        return catalog.tables().isEmpty() && catalog.views().isEmpty();
    }
}
