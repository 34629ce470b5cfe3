package io.systemprompt.database.lint;

import io.systemprompt.database.lint.Ddl.Kind;
import io.systemprompt.database.script.SqlStatement;
import java.util.ArrayList;
import java.util.List;

/** Reads the structure of CREATE, DROP, ALTER TABLE, SET and TRUNCATE statements from their tokens. */
final class DdlReader {
    private final SqlStatement statement;
    private final Tokens t;

    private DdlReader(SqlStatement statement) {
        this.statement = statement;
        this.t = new Tokens(statement.tokens());
    }

    static Ddl read(SqlStatement statement) {
        return new DdlReader(statement).read();
    }

    private Ddl read() {
        switch (t.get(0).upper()) {
            case "CREATE": return create();
            case "DROP": return drop();
            case "ALTER": return t.word(1, "TABLE") ? alter() : other(Kind.OTHER);
            case "SET": return set();
            case "TRUNCATE": return truncate();
            default: return other(Kind.OTHER);
        }
    }

    private Ddl create() {
        int k = 1;
        if (t.words(k, "OR", "REPLACE")) {
            k += 2;
        }
        boolean unique = false;
        while (t.word(k, "UNIQUE") || t.word(k, "TEMP") || t.word(k, "TEMPORARY")) {
            unique |= t.word(k, "UNIQUE");
            k++;
        }
        String what = t.get(k).upper();
        k++;
        boolean concurrently = t.word(k, "CONCURRENTLY");
        if (concurrently) {
            k++;
        }
        boolean ifNotExists = t.words(k, "IF", "NOT", "EXISTS");
        if (ifNotExists) {
            k += 3;
        }
        String name = t.qualifiedName(k);
        String raw = t.get(t.punct(k + 1, ".") ? k + 2 : k).identifier();
        int after = t.afterQualified(k);
        if (what.equals("TABLE")) {
            TableSpec def = t.punct(after, "(") ? TableSpec.read(t, after) : null;
            return new Ddl(Kind.CREATE_TABLE, statement, name, name, raw, ifNotExists, false, false, List.of(), def,
                    List.of(), null);
        }
        if (what.equals("INDEX")) {
            int on = t.findWord(k, t.size() - 1, "ON");
            String table = on < 0 ? null : t.qualifiedName(on + 1);
            int open = on < 0 ? -1 : t.afterQualified(on + 1);
            if (t.word(open, "USING")) {
                open += 2;
            }
            List<String> columns = t.punct(open, "(") ? t.nameList(open) : List.of();
            return new Ddl(Kind.CREATE_INDEX, statement, table, name, raw, ifNotExists, unique, concurrently,
                    columns, null, List.of(), null);
        }
        int on = t.findWord(k, t.size() - 1, "ON");
        String table = what.equals("TRIGGER") && on >= 0 ? t.qualifiedName(on + 1) : null;
        return new Ddl(Kind.CREATE_OTHER, statement, table, name, raw, ifNotExists, false, false, List.of(), null,
                List.of(), null);
    }

    private Ddl drop() {
        String what = t.get(1).upper();
        int k = 2;
        boolean concurrently = t.word(k, "CONCURRENTLY");
        if (concurrently) {
            k++;
        }
        boolean ifExists = t.words(k, "IF", "EXISTS");
        if (ifExists) {
            k += 2;
        }
        String name = t.qualifiedName(k);
        Kind kind = what.equals("TABLE") ? Kind.DROP_TABLE : what.equals("INDEX") ? Kind.DROP_INDEX : Kind.DROP_OTHER;
        String table = kind == Kind.DROP_TABLE ? name : null;
        int on = t.findWord(k, t.size() - 1, "ON");
        if (kind == Kind.DROP_OTHER && on >= 0) {
            table = t.qualifiedName(on + 1);
        }
        return new Ddl(kind, statement, table, name, t.get(k).identifier(), ifExists, false, concurrently, List.of(),
                null, List.of(), null);
    }

    private Ddl alter() {
        int k = 2;
        if (t.words(k, "IF", "EXISTS")) {
            k += 2;
        }
        if (t.word(k, "ONLY")) {
            k++;
        }
        String table = t.qualifiedName(k);
        int from = t.afterQualified(k);
        List<AlterAction> actions = new ArrayList<>();
        int depth = 0;
        int start = from;
        for (int i = from; i <= t.size(); i++) {
            if (i == t.size() || t.punct(i, ",") && depth == 0) {
                if (start <= i - 1) {
                    actions.add(AlterAction.read(t, start, i - 1));
                }
                start = i + 1;
            } else if (t.punct(i, "(")) {
                depth++;
            } else if (t.punct(i, ")")) {
                depth--;
            }
        }
        return new Ddl(Kind.ALTER_TABLE, statement, table, null, null, false, false, false, List.of(), null, actions,
                null);
    }

    private Ddl set() {
        int k = t.word(1, "LOCAL") || t.word(1, "SESSION") ? 2 : 1;
        return new Ddl(Kind.SET, statement, null, null, null, false, false, false, List.of(), null, List.of(),
                t.name(k));
    }

    private Ddl truncate() {
        int k = t.word(1, "TABLE") ? 2 : 1;
        return new Ddl(Kind.TRUNCATE, statement, t.qualifiedName(k), null, null, false, false, false, List.of(), null,
                List.of(), null);
    }

    private Ddl other(Kind kind) {
        return new Ddl(kind, statement, null, null, null, false, false, false, List.of(), null, List.of(), null);
    }
}
