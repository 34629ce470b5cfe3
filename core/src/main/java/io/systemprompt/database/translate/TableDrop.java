package io.systemprompt.database.translate;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * DROP TABLE with SQLite's meaning. SQLite drops a table whatever views or foreign keys name it;
 * PostgreSQL refuses while any object depends on it. The translation first checks, in the same
 * transaction, which views (directly or through other views) and foreign keys of other tables depend on
 * the table: if any of them is not the module's own (a table or view its files created), the step fails
 * with their names; otherwise {@code DROP TABLE … CASCADE} takes the module's own dependents along
 * (a foreign key goes, the table holding it stays).
 */
final class TableDrop {
    private TableDrop() {
    }

    /** The check and the cascading drop replacing the statement {@code st} for {@code table}. */
    static List<String> guarded(StatementTokens st, String table, Set<String> own) {
        st.appendAfter(st.size() - 1, " CASCADE");
        return List.of(check(table, own), st.render());
    }

    private static String check(String table, Set<String> own) {
        String literal = literal(Identifiers.quote(table));
        String ownList = own.stream().map(TableDrop::literal).collect(Collectors.joining(", "));
        String notOwn = own.isEmpty() ? "" : " WHERE rel NOT IN (" + ownList + ")";
        return "DO $spdb$\nDECLARE\n  t regclass := to_regclass(" + literal + ");\n  others text;\nBEGIN\n"
                + "  IF t IS NULL THEN\n    RETURN;\n  END IF;\n"
                + "  WITH RECURSIVE views(oid) AS (\n"
                + "    SELECT r.ev_class FROM pg_depend d JOIN pg_rewrite r ON r.oid = d.objid\n"
                + "      WHERE d.classid = 'pg_rewrite'::regclass AND d.refobjid = t AND r.ev_class <> t\n"
                + "    UNION\n"
                + "    SELECT r.ev_class FROM views v JOIN pg_depend d ON d.refobjid = v.oid\n"
                + "      JOIN pg_rewrite r ON r.oid = d.objid\n"
                + "      WHERE d.classid = 'pg_rewrite'::regclass AND r.ev_class <> v.oid)\n"
                + "  SELECT string_agg(what, ', ' ORDER BY what) INTO others FROM (\n"
                + "    SELECT 'view ' || c.relname AS what, c.relname::text AS rel FROM views v JOIN pg_class c ON c.oid = v.oid\n"
                + "    UNION\n"
                + "    SELECT 'foreign key ' || k.conname || ' of table ' || c.relname, c.relname::text\n"
                + "      FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid\n"
                + "      WHERE k.contype = 'f' AND k.confrelid = t AND k.conrelid <> t) x" + notOwn + ";\n"
                + "  IF others IS NOT NULL THEN\n"
                + "    RAISE EXCEPTION 'cannot drop table %: % of other modules depend on it', "
                + literal(table) + ", others\n"
                + "      USING HINT = 'Roll back or change those modules first, so nothing outside this module uses the table.';\n"
                + "  END IF;\nEND\n$spdb$";
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
