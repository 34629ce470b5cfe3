package io.systemprompt.database.lint;

import java.util.ArrayList;
import java.util.List;

/**
 * The body of a CREATE TABLE: columns and table constraints.
 *
 * @param columns     the columns in order
 * @param primaryKey  lower-case primary key columns (column- or table-level), empty when none
 * @param uniqueKeys  unique column lists (column- or table-level)
 * @param foreignKeys foreign keys: their columns and the table they reference
 */
record TableSpec(List<ColumnSpec> columns, List<String> primaryKey, List<List<String>> uniqueKeys,
        List<ForeignKey> foreignKeys) {

    /**
     * One foreign key.
     *
     * @param columns lower-case columns of this table
     * @param table   lower-case referenced table
     */
    record ForeignKey(List<String> columns, String table) {
    }

    /** Reads the parenthesised definition that opens at token open. */
    static TableSpec read(Tokens t, int open) {
        List<ColumnSpec> columns = new ArrayList<>();
        List<String> pk = new ArrayList<>();
        List<List<String>> unique = new ArrayList<>();
        List<ForeignKey> fks = new ArrayList<>();
        for (int[] item : t.items(open)) {
            int k = item[0];
            if (t.word(k, "CONSTRAINT")) {
                k += 2;
            }
            if (t.word(k, "PRIMARY") && t.word(k + 1, "KEY")) {
                pk.addAll(t.nameList(k + 2));
            } else if (t.word(k, "UNIQUE")) {
                unique.add(t.nameList(t.punct(k + 1, "(") ? k + 1 : k + 2));
            } else if (t.word(k, "FOREIGN") && t.word(k + 1, "KEY")) {
                int close = t.closing(k + 2);
                fks.add(new ForeignKey(t.nameList(k + 2), t.qualifiedName(close + 2)));
            } else if (t.word(k, "CHECK") || t.word(k, "EXCLUDE")) {
                continue;
            } else {
                ColumnSpec c = ColumnSpec.read(t, item[0], item[1]);
                columns.add(c);
                if (c.primaryKey()) {
                    pk.add(c.name());
                }
                if (c.unique()) {
                    unique.add(List.of(c.name()));
                }
                if (c.references() != null) {
                    fks.add(new ForeignKey(List.of(c.name()), c.references()));
                }
            }
        }
        return new TableSpec(columns, pk, unique, fks);
    }
}
