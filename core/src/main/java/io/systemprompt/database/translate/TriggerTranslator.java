package io.systemprompt.database.translate;

import io.systemprompt.database.script.SourcePosition;
import io.systemprompt.database.script.SqlStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * SQLite triggers as a PL/pgSQL function plus a PostgreSQL trigger named like the SQLite one; the
 * function is {@code <trigger>_fn}. Two shapes are supported:
 * <ol>
 *   <li>The {@code updated_at} trigger: {@code AFTER UPDATE ON t … BEGIN UPDATE t SET c = v WHERE
 *       id = NEW.id; END}. Ported literally it would re-fire itself forever on PostgreSQL, so it
 *       becomes a BEFORE UPDATE trigger that sets {@code NEW.c := v}.</li>
 *   <li>Any other row trigger whose body's statements translate on their own (INSERT, UPDATE,
 *       DELETE), as long as an UPDATE trigger does not update its own table.</li>
 * </ol>
 */
final class TriggerTranslator {

    private TriggerTranslator() {
    }

    static List<String> translate(StatementTokens st, TranslationContext ctx, String location) {
        TriggerHeader h = TriggerHeader.parse(st);
        Map<String, ColumnShape> columns = ctx.table(h.table).map(t -> t.columns().stream()
                .collect(Collectors.toMap(ColumnShape::name, c -> c, (a, b) -> a))).orElse(Map.of());
        ColumnAwarePass.apply(st, columns);
        ExpressionRewriter.rewrite(st);
        List<String> body = UpdatedAtShape.matches(st, h) ? UpdatedAtShape.assignments(st, h)
                : portedBody(st, h, ctx, location);
        String timing = UpdatedAtShape.matches(st, h) ? "BEFORE" : h.timing;
        ctx.defineTrigger(h.name, h.table);
        List<String> sql = new ArrayList<>();
        sql.add(function(h, body, timing));
        if (h.ifNotExists) {
            sql.add("DROP TRIGGER IF EXISTS " + Identifiers.quote(h.name) + " ON " + Identifiers.quote(h.table));
        }
        sql.add(trigger(st, h, timing));
        return sql;
    }

    private static List<String> portedBody(StatementTokens st, TriggerHeader h, TranslationContext ctx,
                                           String location) {
        List<String> body = new ArrayList<>();
        for (int[] range : h.body) {
            String first = st.get(range[0]).upper();
            if (!first.equals("INSERT") && !first.equals("UPDATE") && !first.equals("DELETE")
                    && !first.equals("REPLACE")) {
                throw st.fail(range[0], first + " in a trigger body", "only INSERT, UPDATE and DELETE are ported");
            }
            if (h.event.equals("UPDATE") && first.equals("UPDATE")
                    && Identifiers.name(st.get(range[0] + 1)).equals(h.table)) {
                throw st.fail(range[0], "UPDATE of the trigger's own table", "a ported AFTER UPDATE trigger"
                        + " that updates its own table re-fires forever; only the updated_at shape is translated");
            }
            SourcePosition at = st.statement().positionAt(st.get(range[0]).offset());
            SqlStatement inner = new SqlStatement(st.originalOf(range[0], range[1]), at.line(), at.column(), 0);
            body.addAll(PostgresTranslator.translateStatement(location, inner, ctx));
        }
        body.add(h.timing.equals("AFTER") ? "RETURN NULL" : h.event.equals("DELETE") ? "RETURN OLD" : "RETURN NEW");
        return body;
    }

    private static String function(TriggerHeader h, List<String> body, String timing) {
        StringBuilder sb = new StringBuilder("CREATE OR REPLACE FUNCTION ").append(functionName(h.name))
                .append("() RETURNS trigger LANGUAGE plpgsql AS $spdb$\nBEGIN\n");
        body.forEach(s -> sb.append("  ").append(s).append(";\n"));
        return sb.append("END\n$spdb$").toString();
    }

    private static String trigger(StatementTokens st, TriggerHeader h, String timing) {
        StringBuilder sb = new StringBuilder("CREATE TRIGGER ").append(Identifiers.quote(h.name)).append(' ')
                .append(timing).append(' ').append(h.event);
        if (h.ofFrom >= 0) {
            sb.append(" OF ").append(st.textOf(h.ofFrom, h.ofTo).strip());
        }
        sb.append(" ON ").append(Identifiers.quote(h.table)).append(" FOR EACH ROW");
        if (h.whenFrom >= 0) {
            sb.append(" WHEN (").append(st.textOf(h.whenFrom, h.whenTo).strip()).append(')');
        }
        return sb.append(" EXECUTE FUNCTION ").append(functionName(h.name)).append("()").toString();
    }

    /** The PL/pgSQL function created for trigger {@code trigger}. */
    static String functionName(String trigger) {
        return Identifiers.quote(trigger + "_fn");
    }
}
