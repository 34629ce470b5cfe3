package io.systemprompt.database.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * INSERT and REPLACE. {@code INSERT OR IGNORE} becomes {@code ON CONFLICT DO NOTHING};
 * {@code INSERT OR REPLACE} and {@code REPLACE INTO} become an upsert on the first key (primary,
 * then unique) whose columns are all inserted; like SQLite's new row, columns not inserted are set
 * back to their defaults. 0/1 and "now" values in VALUES tuples are rewritten
 * for their column's type. An existing {@code ON CONFLICT … DO UPDATE} passes through.
 */
final class InsertTranslator {

    private InsertTranslator() {
    }

    /**
     * Where an INSERT writes, as far as the rowid rule cares.
     *
     * @param table        the target table's shape
     * @param rowidColumn  its rowid key column
     * @param explicitRowid true when the statement gives the key explicitly (named in the column list,
     *                     or no column list)
     */
    record RowidWrite(TableShape table, String rowidColumn, boolean explicitRowid) {
    }

    /** Translates in place; returns the rowid write when the target table has a rowid key. */
    static Optional<RowidWrite> translate(StatementTokens st, TranslationContext ctx) {
        String mode = conflictMode(st);
        int into = st.isWord(0, "REPLACE") ? 1 : st.isWord(1, "OR") ? 3 : 1;
        if (!st.isWord(into, "INTO")) {
            throw st.fail(into, st.get(into).text(), "expected INTO");
        }
        int name = TableNames.translate(st, into + 1);
        Optional<TableShape> shape = ctx.table(Identifiers.name(st.get(name)));
        int k = st.isWord(name + 1, "AS") ? name + 3 : name + 1;
        List<String> columns = new ArrayList<>();
        boolean listed = st.isPunct(k, "(");
        int afterTable = k;
        if (listed) {
            Calls.arguments(st, k).forEach(item -> columns.add(Identifiers.name(st.get(item[0]))));
            k = st.closingParen(k) + 1;
        } else {
            shape.ifPresent(s -> s.columns().forEach(c -> columns.add(c.name())));
        }
        if (st.isWord(k, "VALUES") && shape.isPresent()) {
            values(st, k + 1, columns, shape.get());
        }
        if (mode != null) {
            addConflictClause(st, mode, columns, shape, name);
        }
        return shape.flatMap(s -> IdentitySync.rowidColumn(s)
                .map(key -> new RowidWrite(s, key, listed ? columns.contains(key) : !st.isWord(afterTable, "DEFAULT"))));
    }

    /** IGNORE or REPLACE for the forms that need a conflict clause, null for a plain INSERT. */
    private static String conflictMode(StatementTokens st) {
        if (st.isWord(0, "REPLACE")) {
            st.replace(0, "INSERT");
            return "REPLACE";
        }
        if (!st.isWord(1, "OR")) {
            return null;
        }
        String mode = st.get(2).upper();
        if (!mode.equals("IGNORE") && !mode.equals("REPLACE")) {
            throw st.fail(1, "INSERT OR " + mode, "PostgreSQL aborts the statement on any conflict and has"
                    + " no per-statement ROLLBACK/ABORT/FAIL choice");
        }
        st.removeWithSpaceBefore(1, 2);
        return mode;
    }

    /** Rewrites each tuple's values for their columns. */
    private static void values(StatementTokens st, int open, List<String> columns, TableShape shape) {
        int k = open;
        while (st.isPunct(k, "(")) {
            List<int[]> items = Calls.arguments(st, k);
            for (int i = 0; i < items.size() && i < columns.size(); i++) {
                int[] item = items.get(i);
                shape.column(columns.get(i)).ifPresent(c -> ColumnValues.apply(st, c, item[0], item[1]));
            }
            k = st.closingParen(k) + 1;
            k = st.isPunct(k, ",") ? k + 1 : k;
        }
    }

    private static void addConflictClause(StatementTokens st, String mode, List<String> columns,
                                          Optional<TableShape> shape, int name) {
        int end = clauseEnd(st);
        if (hasUpsert(st)) {
            throw st.fail(0, "INSERT OR " + mode + " with ON CONFLICT", "use one or the other");
        }
        String clause = mode.equals("IGNORE") ? "ON CONFLICT DO NOTHING" : upsert(st, columns, shape, name);
        st.appendAfter(end, " " + clause);
    }

    /** The last token before RETURNING, or the last token. */
    private static int clauseEnd(StatementTokens st) {
        int depth = 0;
        for (int k = 0; k < st.size(); k++) {
            depth += st.isPunct(k, "(") ? 1 : st.isPunct(k, ")") ? -1 : 0;
            if (depth == 0 && st.isWord(k, "RETURNING")) {
                return k - 1;
            }
        }
        return st.size() - 1;
    }

    private static boolean hasUpsert(StatementTokens st) {
        for (int k = 0; k + 1 < st.size(); k++) {
            if (st.isWord(k, "ON") && st.isWord(k + 1, "CONFLICT")) {
                return true;
            }
        }
        return false;
    }

    private static String upsert(StatementTokens st, List<String> columns, Optional<TableShape> shape, int name) {
        if (shape.isEmpty() || columns.isEmpty()) {
            throw st.fail(name, "INSERT OR REPLACE into " + st.get(name).text(),
                    "the table's columns and keys are unknown (create it earlier in install order)");
        }
        List<String> key = shape.get().conflictKeyWithin(columns).orElseThrow(() -> st.fail(name,
                "INSERT OR REPLACE into " + st.get(name).text(),
                "no primary or unique key of the table is fully among the inserted columns " + columns));
        // SQLite's REPLACE writes a whole new row: columns not inserted get their defaults again.
        List<String> sets = shape.get().columns().stream().map(ColumnShape::name).filter(c -> !key.contains(c))
                .map(c -> Identifiers.quote(c) + " = " + (columns.contains(c) ? "excluded." + Identifiers.quote(c) : "DEFAULT"))
                .toList();
        String target = "ON CONFLICT (" + String.join(", ", key.stream().map(Identifiers::quote).toList()) + ")";
        return sets.isEmpty() ? target + " DO NOTHING" : target + " DO UPDATE SET " + String.join(", ", sets);
    }
}
