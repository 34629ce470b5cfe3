package io.systemprompt.database.translate;

import java.util.List;

/**
 * DROP TABLE / INDEX / VIEW pass through (and update the context). DROP TRIGGER needs the table
 * on PostgreSQL and also drops the function created with the trigger.
 */
final class DropTranslator {

    private DropTranslator() {
    }

    /** Returns the statements that replace the DROP, or null when it stays as it is. */
    static List<String> translate(StatementTokens st, TranslationContext ctx) {
        boolean ifExists = st.isWord(2, "IF");
        int name = ifExists ? 4 : 2;
        if (st.isWord(1, "TABLE")) {
            String table = Identifiers.name(st.get(TableNames.translate(st, name)));
            List<String> guarded = TableDrop.guarded(st, table, ctx.ownedByCurrentModule());
            ctx.drop(table);
            return guarded;
        }
        if (!st.isWord(1, "TRIGGER")) {
            return null;
        }
        name = TableNames.translate(st, name);
        String trigger = Identifiers.name(st.get(name));
        String drop = ctx.triggerTable(trigger)
                .map(table -> "DROP TRIGGER " + (ifExists ? "IF EXISTS " : "") + Identifiers.quote(trigger)
                        + " ON " + Identifiers.quote(table))
                .orElseGet(() -> dropByLookup(trigger, ifExists));
        ctx.dropTrigger(trigger);
        return List.of(drop, "DROP FUNCTION IF EXISTS " + TriggerTranslator.functionName(trigger) + "()");
    }

    /** A trigger this context did not create: find its table in the catalog. */
    private static String dropByLookup(String trigger, boolean ifExists) {
        String literal = "'" + trigger.replace("'", "''") + "'";
        String missing = ifExists ? "" : "  IF NOT FOUND THEN\n    RAISE EXCEPTION 'trigger % does not exist', "
                + literal + ";\n  END IF;\n";
        return "DO $spdb$\nDECLARE\n  r record;\nBEGIN\n"
                + "  FOR r IN SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid\n"
                + "    WHERE t.tgname = " + literal + " AND NOT t.tgisinternal AND pg_table_is_visible(c.oid) LOOP\n"
                + "    EXECUTE format('DROP TRIGGER %I ON %I', " + literal + ", r.relname);\n"
                + "  END LOOP;\n" + missing + "END\n$spdb$";
    }
}
