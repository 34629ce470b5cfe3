package io.systemprompt.database.lint;

import java.util.List;
import java.util.Set;

/**
 * A column definition as written in CREATE TABLE or ADD COLUMN.
 *
 * @param name         lower-case column name as written
 * @param rawName      the name as written, for the snake_case rule
 * @param type         the type words in upper case
 * @param notNull      declared NOT NULL (or PRIMARY KEY)
 * @param defaultText  the DEFAULT expression, or null
 * @param defaultCalls lower-case names of functions called in the default
 * @param primaryKey   declared PRIMARY KEY on the column
 * @param unique       declared UNIQUE on the column
 * @param references   the table named by a column-level REFERENCES, or null
 * @param identity     GENERATED … AS IDENTITY (PostgreSQL) or AUTOINCREMENT
 */
record ColumnSpec(String name, String rawName, String type, boolean notNull, String defaultText,
        List<String> defaultCalls, boolean primaryKey, boolean unique, String references, boolean identity) {

    private static final Set<String> CONSTRAINT_START = Set.of("CONSTRAINT", "PRIMARY", "NOT", "NULL", "UNIQUE",
            "CHECK", "DEFAULT", "COLLATE", "REFERENCES", "GENERATED", "AS", "AUTOINCREMENT");

    /** Reads tokens from..to (inclusive) of a column definition. */
    static ColumnSpec read(Tokens t, int from, int to) {
        String name = t.name(from);
        String raw = t.get(from).identifier();
        int k = from + 1;
        StringBuilder type = new StringBuilder();
        while (k <= to && t.isName(k) && !CONSTRAINT_START.contains(t.get(k).upper())) {
            type.append(type.length() == 0 ? "" : " ").append(t.get(k).upper());
            k++;
        }
        if (t.punct(k, "(")) {
            k = t.closing(k) + 1;
        }
        boolean primaryKey = t.findWord(k, to, "PRIMARY") >= 0;
        int notAt = t.findWord(k, to, "NOT");
        boolean notNull = primaryKey || notAt >= 0 && t.word(notAt + 1, "NULL");
        int def = t.findWord(k, to, "DEFAULT");
        String defaultText = null;
        List<String> calls = List.of();
        if (def >= 0) {
            int end = defaultEnd(t, def + 1, to);
            defaultText = t.text(def + 1, end);
            calls = calls(t, def + 1, end);
        }
        int ref = t.findWord(k, to, "REFERENCES");
        boolean identity = t.findWord(k, to, "IDENTITY") >= 0 || t.findWord(k, to, "AUTOINCREMENT") >= 0;
        return new ColumnSpec(name, raw, type.toString(), notNull, defaultText, calls, primaryKey,
                t.findWord(k, to, "UNIQUE") >= 0, ref >= 0 ? t.qualifiedName(ref + 1) : null, identity);
    }

    /** The default expression ends before the next constraint keyword at depth 0. */
    private static int defaultEnd(Tokens t, int from, int to) {
        if (t.punct(from, "(")) {
            return t.closing(from);
        }
        int k = from;
        while (k + 1 <= to && !(t.get(k + 1).type() == io.systemprompt.database.script.TokenType.WORD
                && CONSTRAINT_START.contains(t.get(k + 1).upper()))) {
            k = t.punct(k + 1, "(") ? t.closing(k + 1) : k + 1;
        }
        return k;
    }

    /** Lower-case names of functions called in from..to: a name followed by {@code (}. */
    static List<String> calls(Tokens t, int from, int to) {
        List<String> names = new java.util.ArrayList<>();
        for (int i = from; i < to; i++) {
            if (t.isName(i) && t.punct(i + 1, "(")) {
                names.add(t.name(i));
            }
        }
        return List.copyOf(names);
    }
}
