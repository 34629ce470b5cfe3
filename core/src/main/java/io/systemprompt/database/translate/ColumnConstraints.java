package io.systemprompt.database.translate;

/** The constraints of one column definition, translated in place one clause at a time. */
final class ColumnConstraints {

    private ColumnConstraints() {
    }

    /** Translates the clause starting at k and returns the index after it. */
    static int translate(ColumnDefinition column, int k, int to) {
        StatementTokens st = column.st;
        switch (st.get(k).upper()) {
            case "CONSTRAINT": return k + 2;
            case "PRIMARY": return primaryKey(column, k);
            case "NOT": case "NULL": return noConflictClause(st, st.isWord(k, "NOT") ? k + 2 : k + 1);
            case "UNIQUE":
                column.unique = true;
                return noConflictClause(st, k + 1);
            case "CHECK": return st.closingParen(k + 1) + 1;
            case "DEFAULT": return st.isWord(k - 1, "SET") ? k + 1 : DefaultValue.translate(column, k, to);
            case "COLLATE": return collate(st, k);
            case "GENERATED": case "AS": return generated(st, k);
            default: return k + 1;
        }
    }

    private static int primaryKey(ColumnDefinition column, int k) {
        StatementTokens st = column.st;
        column.primaryKey = true;
        int next = k + 2;
        if (st.isWord(next, "ASC") || st.isWord(next, "DESC")) {
            st.removeWithSpaceBefore(next, next);
            next++;
        }
        next = noConflictClause(st, next);
        if (st.isWord(next, "AUTOINCREMENT")) {
            st.removeWithSpaceBefore(next, next);
            next++;
        }
        return next;
    }

    /** SQLite's per-constraint ON CONFLICT clause has no PostgreSQL form. */
    private static int noConflictClause(StatementTokens st, int k) {
        if (st.isWord(k, "ON") && st.isWord(k + 1, "CONFLICT")) {
            throw st.fail(k, "constraint ON CONFLICT " + st.get(k + 2).text(),
                    "PostgreSQL has no constraint-level conflict resolution");
        }
        return k;
    }

    private static int collate(StatementTokens st, int k) {
        if (st.isWord(k + 1, "BINARY")) {
            st.removeWithSpaceBefore(k, k + 1);
            return k + 2;
        }
        throw st.fail(k, "COLLATE " + st.get(k + 1).text(),
                "only COLLATE BINARY (the default) has the same meaning on PostgreSQL");
    }

    private static int generated(StatementTokens st, int k) {
        int as = st.isWord(k, "AS") ? k : k + 2;
        int close = st.closingParen(as + 1);
        if (!st.isWord(close + 1, "STORED")) {
            throw st.fail(k, "virtual generated column", "PostgreSQL before 18 only has STORED generated columns");
        }
        if (as == k) {
            st.prependBefore(k, "GENERATED ALWAYS ");
        }
        return close + 2;
    }
}
