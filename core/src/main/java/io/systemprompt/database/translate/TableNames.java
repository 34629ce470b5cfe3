package io.systemprompt.database.translate;

/** Table names in statements: SQLite's {@code main.} schema prefix is dropped, others fail. */
final class TableNames {

    private TableNames() {
    }

    /**
     * Translates the (possibly schema-qualified) table name starting at k and returns the index of
     * the table-name token itself.
     */
    static int translate(StatementTokens st, int k) {
        if (!Identifiers.isName(st.get(k))) {
            throw st.fail(k, st.get(k).text(), "expected a table name");
        }
        if (st.isPunct(k + 1, ".")) {
            String schema = Identifiers.name(st.get(k));
            if (!schema.equals("main")) {
                throw st.fail(k, "schema " + st.get(k).text(), "only the main schema maps to PostgreSQL's search path");
            }
            st.removeRange(k, k + 1);
            k += 2;
        }
        st.replace(k, Identifiers.postgres(st.get(k)));
        return k;
    }
}
