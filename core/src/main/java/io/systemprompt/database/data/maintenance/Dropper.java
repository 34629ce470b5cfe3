package io.systemprompt.database.data.maintenance;

import io.systemprompt.database.data.TableOrder;

import io.systemprompt.database.Transaction;
import io.systemprompt.database.catalog.Catalog;
import io.systemprompt.database.catalog.TableInfo;
import io.systemprompt.database.catalog.TriggerInfo;
import io.systemprompt.database.engine.Maintenance;

import java.util.List;

/**
 * Drops every trigger, view and table, the tracking tables and tables no module declares included,
 * inside the caller's transaction (DDL is transactional on both engines).
 */
public final class Dropper {
    private Dropper() {
    }

    /** Drops everything in the catalog; returns {tables, views, triggers} dropped. */
    public static int[] dropAll(Transaction tx, Maintenance engine, Catalog catalog) {
        List<TableInfo> tables = TableOrder.childrenFirst(catalog.tables());
        engine.deferForeignKeys().forEach(tx::execute);
        engine.dropAll(catalog.triggers().stream().map(TriggerInfo::name).toList(), catalog.views(),
                tables.stream().map(TableInfo::name).toList()).forEach(tx::execute);
        return new int[] {tables.size(), catalog.views().size(), catalog.triggers().size()};
    }

    /** True when the database holds no table and no view. */
    public static boolean empty(Catalog catalog) {
        return catalog.tables().isEmpty() && catalog.views().isEmpty();
    }
}
