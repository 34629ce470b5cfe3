package io.systemprompt.database.cli.command;

import io.systemprompt.database.catalog.ColumnInfo;
import io.systemprompt.database.catalog.ForeignKeyInfo;
import io.systemprompt.database.catalog.IndexInfo;
import io.systemprompt.database.catalog.TableInfo;
import io.systemprompt.database.cli.render.Output;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Prints one table's columns, primary key, foreign keys and indexes ({@code view --schema-only}). */
final class TableSchemaPrinter {

    private TableSchemaPrinter() {
    }

    static void print(Output out, TableInfo t) {
        if (out.json()) {
            out.document(document(t));
            return;
        }
        List<List<Object>> rows = new ArrayList<>();
        for (ColumnInfo c : t.columns()) {
            rows.add(Arrays.asList(c.name(), c.type(), c.nullable() ? "yes" : "no",
                    c.defaultValue() == null ? "" : c.defaultValue(), t.primaryKey().contains(c.name()) ? "yes" : ""));
        }
        out.rows(List.of("column", "type", "nullable", "default", "primary key"), rows);
        for (List<String> u : t.uniques()) {
            out.note("unique (" + String.join(", ", u) + ")");
        }
        for (ForeignKeyInfo fk : t.foreignKeys()) {
            out.note("foreign key (" + String.join(", ", fk.columns()) + ") references " + fk.referencedTable()
                    + " (" + String.join(", ", fk.referencedColumns()) + ") on delete " + fk.onDelete());
        }
        for (IndexInfo i : t.indexes()) {
            out.note((i.unique() ? "unique index " : "index ") + i.name() + " (" + String.join(", ", i.columns()) + ")");
        }
    }

    private static Object document(TableInfo t) {
        List<Object> cols = new ArrayList<>();
        for (ColumnInfo c : t.columns()) {
            cols.add(Docs.map("name", c.name(), "type", c.type(), "nullable", c.nullable(),
                    "default", c.defaultValue(), "primaryKey", t.primaryKey().contains(c.name())));
        }
        List<Object> fks = new ArrayList<>();
        for (ForeignKeyInfo fk : t.foreignKeys()) {
            fks.add(Docs.map("columns", fk.columns(), "referencedTable", fk.referencedTable(),
                    "referencedColumns", fk.referencedColumns(), "onDelete", fk.onDelete(), "onUpdate", fk.onUpdate()));
        }
        List<Object> idx = new ArrayList<>();
        for (IndexInfo i : t.indexes()) {
            idx.add(Docs.map("name", i.name(), "columns", i.columns(), "unique", i.unique()));
        }
        return Docs.map("command", "view", "table", t.name(), "schemaOnly", true, "columns", cols,
                "primaryKey", t.primaryKey(), "uniques", t.uniques(), "foreignKeys", fks, "indexes", idx, "checks", t.checks());
    }
}
