package io.systemprompt.database.module;

import io.systemprompt.database.module.SchemaObject.Kind;
import io.systemprompt.database.script.SqlFile;
import io.systemprompt.database.script.SqlSplitter;
import io.systemprompt.database.script.SqlStatement;
import io.systemprompt.database.script.SqlToken;
import io.systemprompt.database.script.TokenType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds, on the tokens of the project's SQL lexer, the tables, views, indexes and triggers a file
 * creates and the tables it references with {@code REFERENCES}. It reads only statement heads and
 * {@code REFERENCES} clauses, which is all ordering and ownership need; anything else is skipped.
 */
public final class SchemaObjects {
    private static final Set<String> CREATE_MODIFIERS = Set.of("TEMP", "TEMPORARY", "UNLOGGED", "UNIQUE", "OR",
            "REPLACE", "MATERIALIZED", "VIRTUAL", "GLOBAL", "LOCAL");

    private SchemaObjects() {
    }

    /** What the module's schema, init and forward migrations create and reference, in file order. */
    public static List<SchemaObject> of(DatabaseModule module) {
        List<SchemaObject> found = new ArrayList<>();
        module.schemaFiles().ifPresent(f -> found.addAll(of(primary(f))));
        for (Migration m : module.migrations()) {
            found.addAll(of(primary(m.up())));
        }
        return found;
    }

    /** The generic file, or the only override when there is none. */
    private static SqlFile primary(EngineFiles files) {
        return files.generic() != null ? files.generic() : files.all().get(0);
    }

    /**
     * What one file creates and references; a file the lexer cannot split gives nothing (the run reports it).
     * Remembered by checksum, and taken from the checksum cache on a warm start, so an unchanged file is
     * neither read nor lexed again.
     */
    public static List<SchemaObject> of(SqlFile file) {
        return SchemaFacts.of(file, SchemaObjects::scan);
    }

    static List<SchemaObject> scan(SqlFile file) {
        List<SchemaObject> found = new ArrayList<>();
        List<SqlStatement> statements;
        try {
            statements = SqlSplitter.split(file);
        } catch (RuntimeException e) {
            return found;
        }
        for (SqlStatement st : statements) {
            List<SqlToken> t = st.tokens().stream().filter(x -> !x.isTrivia()).toList();
            scan(file.location(), st, t, found);
        }
        return found;
    }

    private static void scan(String location, SqlStatement st, List<SqlToken> t, List<SchemaObject> found) {
        if (t.isEmpty()) {
            return;
        }
        if (t.get(0).isWord("CREATE")) {
            int k = 1;
            while (k < t.size() && CREATE_MODIFIERS.contains(t.get(k).upper())) {
                k++;
            }
            Kind kind = kindOf(t, k);
            if (kind != null) {
                int n = skipIfNotExists(t, k + 1);
                if (kind == Kind.INDEX && n < t.size() && t.get(n).isWord("CONCURRENTLY")) {
                    n = skipIfNotExists(t, n + 1);
                }
                add(location, st, t, n, kind, found);
            }
        }
        if (t.get(0).isWord("CREATE") || t.get(0).isWord("ALTER")) {
            for (int k = 0; k < t.size() - 1; k++) {
                if (t.get(k).isWord("REFERENCES")) {
                    add(location, st, t, k + 1, Kind.REFERENCE, found);
                }
            }
        }
    }

    private static Kind kindOf(List<SqlToken> t, int k) {
        if (k >= t.size()) {
            return null;
        }
        return switch (t.get(k).upper()) {
            case "TABLE" -> Kind.TABLE;
            case "VIEW" -> Kind.VIEW;
            case "INDEX" -> Kind.INDEX;
            case "TRIGGER" -> Kind.TRIGGER;
            default -> null;
        };
    }

    private static int skipIfNotExists(List<SqlToken> t, int k) {
        if (k + 2 < t.size() && t.get(k).isWord("IF") && t.get(k + 1).isWord("NOT") && t.get(k + 2).isWord("EXISTS")) {
            return k + 3;
        }
        return k;
    }

    /** Adds the (possibly schema-qualified) name at {@code k}. */
    private static void add(String location, SqlStatement st, List<SqlToken> t, int k, Kind kind,
            List<SchemaObject> found) {
        if (k >= t.size() || !isName(t.get(k))) {
            return;
        }
        SqlToken name = t.get(k);
        if (k + 2 < t.size() && t.get(k + 1).is(TokenType.PUNCT, ".") && isName(t.get(k + 2))) {
            name = t.get(k + 2);
        }
        SqlToken first = t.get(k);
        int line = st.line() + first.line() - 1;
        int column = first.line() == 1 ? st.column() + first.column() - 1 : first.column();
        found.add(new SchemaObject(kind, name.identifier(), location, line, column));
    }

    private static boolean isName(SqlToken tok) {
        return tok.type() == TokenType.WORD || tok.type() == TokenType.QUOTED_IDENTIFIER;
    }
}
