package io.systemprompt.database.translate;

import io.systemprompt.database.script.TranslationException;
import io.systemprompt.database.script.SqlFile;
import io.systemprompt.database.script.SqlSplitter;
import io.systemprompt.database.script.SqlStatement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Translates SQLite-dialect module SQL (schema, init, migrations, rollbacks) to PostgreSQL, one
 * statement at a time, on the tokens of the shared lexer. A whole file is translated before any of
 * it runs; anything not understood throws {@link TranslationException} naming the file,
 * line:column, construct and the override file to write instead. See {@code docs/portable-sql.md}.
 */
public final class PostgresTranslator {
    private static final Set<String> PLAIN = Set.of("SELECT", "UPDATE", "DELETE", "WITH", "VALUES");
    private static final Set<String> UNSUPPORTED = Set.of("PRAGMA", "ATTACH", "DETACH", "VACUUM", "REINDEX");
    private static final Set<String> TRANSACTION = Set.of("BEGIN", "COMMIT", "END", "ROLLBACK");

    private PostgresTranslator() {
    }

    /**
     * Translates every statement of {@code file}. One SQLite statement may become several
     * PostgreSQL statements (a trigger becomes a function and a trigger); each keeps the original
     * statement's line:column, and indexes are renumbered from 0.
     *
     * @param ctx shapes of tables created so far; updated with this file's definitions
     * @throws TranslationException for any construct without a safe translation
     */
    public static List<SqlStatement> translate(SqlFile file, TranslationContext ctx) {
        List<SqlStatement> out = new ArrayList<>();
        Map<String, ExplicitIds> explicitIds = new LinkedHashMap<>();
        for (SqlStatement statement : SqlSplitter.split(file)) {
            List<String> translated = translateStatement(file.location(), statement, ctx, explicitIds, out);
            for (String sql : translated) {
                out.add(new SqlStatement(sql, statement.line(), statement.column(), out.size()));
            }
        }
        // One statement per table that received explicit ids, after the file's last write to it.
        explicitIds.values().forEach(ids -> sync(ids, out));
        return List.copyOf(out);
    }

    private static void sync(ExplicitIds ids, List<SqlStatement> out) {
        out.add(new SqlStatement(IdentitySync.statement(ids.table(), ids.column()), ids.lastWrite().line(),
                ids.lastWrite().column(), out.size()));
    }

    /**
     * The translated file as text, for {@code spdb schema translate}: each statement after a
     * comment with its source position, terminated by {@code ;}.
     */
    public static String render(SqlFile file, TranslationContext ctx) {
        StringBuilder sb = new StringBuilder("-- PostgreSQL translation of ").append(file.location()).append('\n');
        for (SqlStatement statement : translate(file, ctx)) {
            sb.append("\n-- ").append(file.location()).append(':').append(statement.position()).append('\n')
                    .append(statement.sql()).append(";\n");
        }
        return sb.toString();
    }

    /** Translates one statement into one or more PostgreSQL statements. */
    static List<String> translateStatement(String location, SqlStatement statement, TranslationContext ctx) {
        return translateStatement(location, statement, ctx, new LinkedHashMap<>(), new ArrayList<>());
    }

    /** A table's rowid column and the file's last statement that wrote explicit ids into it. */
    private record ExplicitIds(String table, String column, SqlStatement lastWrite) {
    }

    /**
     * As above, noting in {@code explicitIds} (by table) the tables given explicit rowids. An INSERT
     * that lets the key default, into a table with explicit ids pending, gets the sequence moved first.
     */
    private static List<String> translateStatement(String location, SqlStatement statement, TranslationContext ctx,
            Map<String, ExplicitIds> explicitIds, List<SqlStatement> out) {
        StatementTokens st = new StatementTokens(location, statement);
        String first = st.get(0).upper();
        if (first.equals("CREATE")) {
            return create(st, ctx, location);
        }
        if (first.equals("DROP") || first.equals("ALTER")) {
            // The table may be renamed or gone afterwards, so pending ids are synced while it stands.
            explicitIds.values().forEach(ids -> sync(ids, out));
            explicitIds.clear();
        }
        List<String> replacement = null;
        if (first.equals("INSERT") || first.equals("REPLACE")) {
            InsertTranslator.translate(st, ctx).ifPresent(write -> {
                String table = write.table().name();
                ExplicitIds pending = explicitIds.remove(table);
                if (write.explicitRowid()) {
                    explicitIds.put(table, new ExplicitIds(table, write.rowidColumn(), statement));
                } else if (pending != null) {
                    sync(pending, out);
                }
            });
        } else if (first.equals("ALTER") && st.isWord(1, "TABLE")) {
            AlterTableTranslator.translate(st, ctx);
        } else if (first.equals("DROP")) {
            replacement = DropTranslator.translate(st, ctx);
        } else if (!PLAIN.contains(first) && !first.equals("ANALYZE")) {
            throw unsupported(st, first);
        } else if (st.isWord(1, "OR")) {
            throw st.fail(1, first + " OR " + st.get(2).text(), "PostgreSQL has no per-statement conflict choice");
        }
        return replacement != null ? replacement : List.of(finish(st, ctx));
    }

    private static List<String> create(StatementTokens st, TranslationContext ctx, String location) {
        int k = 1;
        while (st.isWord(k, "UNIQUE") || st.isWord(k, "TEMP") || st.isWord(k, "TEMPORARY")) {
            k++;
        }
        switch (st.get(k).upper()) {
            case "TABLE": return withExtra(st, ctx, CreateTableTranslator.translate(st, ctx));
            case "INDEX":
                CreateIndexTranslator.translate(st, ctx);
                return List.of(finish(st, ctx));
            case "TRIGGER": return TriggerTranslator.translate(st, ctx, location);
            case "VIEW": return List.of(view(st, ctx, k));
            default: throw st.fail(k, "CREATE " + st.get(k).text(), "no PostgreSQL translation is known");
        }
    }

    private static List<String> withExtra(StatementTokens st, TranslationContext ctx, List<String> extra) {
        List<String> all = new ArrayList<>();
        all.add(finish(st, ctx));
        all.addAll(extra);
        return all;
    }

    /** PostgreSQL has no CREATE VIEW IF NOT EXISTS; CREATE OR REPLACE VIEW is the closest form. */
    private static String view(StatementTokens st, TranslationContext ctx, int k) {
        ctx.own(Identifiers.name(st.get(st.isWord(k + 1, "IF") ? k + 4 : k + 1)));
        if (st.isWord(k + 1, "IF")) {
            st.removeWithSpaceBefore(k + 1, k + 3);
            st.appendAfter(0, " OR REPLACE");
        }
        return finish(st, ctx);
    }

    private static String finish(StatementTokens st, TranslationContext ctx) {
        ColumnAwarePass.apply(st, ColumnAwarePass.referencedColumns(st, ctx));
        ExpressionRewriter.rewrite(st);
        return st.render();
    }

    private static TranslationException unsupported(StatementTokens st, String first) {
        if (UNSUPPORTED.contains(first)) {
            return st.fail(0, first, "it is SQLite-specific");
        }
        if (TRANSACTION.contains(first)) {
            return st.fail(0, first, "the installer already runs each file in one transaction;"
                    + " remove transaction statements from module files");
        }
        return st.fail(0, first + " statement", "no PostgreSQL translation is known");
    }
}
