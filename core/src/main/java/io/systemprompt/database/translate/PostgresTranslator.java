package io.systemprompt.database.translate;

import io.systemprompt.database.script.SqlFile;
import io.systemprompt.database.script.SqlSplitter;
import io.systemprompt.database.script.SqlStatement;
import java.util.ArrayList;
import java.util.List;
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
        for (SqlStatement statement : SqlSplitter.split(file)) {
            for (String sql : translateStatement(file.location(), statement, ctx)) {
                out.add(new SqlStatement(sql, statement.line(), statement.column(), out.size()));
            }
        }
        return List.copyOf(out);
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
        StatementTokens st = new StatementTokens(location, statement);
        String first = st.get(0).upper();
        if (first.equals("CREATE")) {
            return create(st, ctx, location);
        }
        List<String> replacement = null;
        if (first.equals("INSERT") || first.equals("REPLACE")) {
            InsertTranslator.translate(st, ctx);
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
