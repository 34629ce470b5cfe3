package io.systemprompt.database.translate;

import java.util.List;
import java.util.Set;

/** A table constraint in CREATE TABLE: PRIMARY KEY, UNIQUE, CHECK or FOREIGN KEY. */
final class TableConstraint {
    private static final Set<String> STARTS = Set.of("CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN");

    private TableConstraint() {
    }

    static boolean startsAt(StatementTokens st, int k) {
        return st.get(k).type() == io.systemprompt.database.script.TokenType.WORD
                && STARTS.contains(st.get(k).upper()) && !st.isPunct(k + 1, ",");
    }

    /** Records keys in {@code table}; expressions are left to the later passes. */
    static void parse(StatementTokens st, int from, int to, TableDefinition table) {
        int k = st.isWord(from, "CONSTRAINT") ? from + 2 : from;
        if (st.isWord(k, "PRIMARY")) {
            table.primaryKey.addAll(keyColumns(st, k + 2));
        } else if (st.isWord(k, "UNIQUE")) {
            table.uniqueKeys.add(keyColumns(st, k + 1));
        }
        for (int i = k; i < to; i++) {
            if (st.isWord(i, "ON") && st.isWord(i + 1, "CONFLICT")) {
                throw st.fail(i, "constraint ON CONFLICT " + st.get(i + 2).text(),
                        "PostgreSQL has no constraint-level conflict resolution");
            }
        }
    }

    /** The column names of {@code (a, b COLLATE x, c DESC)} at k. */
    private static List<String> keyColumns(StatementTokens st, int open) {
        if (!st.isPunct(open, "(")) {
            throw st.fail(open, st.get(open).text(), "expected ( and the key's columns");
        }
        return Calls.arguments(st, open).stream().map(item -> Identifiers.name(st.get(item[0]))).toList();
    }
}
