package io.systemprompt.database.script;


import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The documentation the module SQL gives its tables and columns, read from the lexer's comment
 * tokens: the comment lines directly above a {@code CREATE TABLE} (no blank line between) document
 * the table; inside it, the comment lines above a column definition, or a comment on the same line
 * after it, document that column; the comment above {@code ALTER TABLE … ADD COLUMN} documents the
 * added column. Later files add to what earlier ones said; the first text found for a name is kept.
 * The generated types take their Javadoc from it, and the schema reference its descriptions.
 */
public final class SqlDocs {
    private static final Set<String> TABLE_CONSTRAINTS = Set.of("constraint", "primary", "unique", "foreign", "check");

    private final Map<String, String> docs = new HashMap<>();

    /** Nothing read yet; call {@link #read} for each file, in the order they run. */
    public SqlDocs() {
    }

    /** The documentation of a table, or an empty string. */
    public String table(String table) {
        return docs.getOrDefault(lower(table), "");
    }

    /** The documentation of a column, or an empty string. */
    public String column(String table, String column) {
        return docs.getOrDefault(lower(table) + "." + lower(column), "");
    }

    /** Reads one file's comments. */
    public void read(SqlFile file) {
        List<SqlToken> tokens = SqlLexer.tokenize(file.content(), file.location());
        List<String> pending = new ArrayList<>();
        boolean statementStart = true;
        for (int i = 0; i < tokens.size(); i++) {
            SqlToken t = tokens.get(i);
            if (isComment(t)) {
                pending.add(commentText(t));
            } else if (t.type() == TokenType.WHITESPACE) {
                if (blankLine(t)) {
                    pending.clear();
                }
            } else if (t.type() == TokenType.SEMICOLON) {
                statementStart = true;
                pending.clear();
            } else {
                if (statementStart) {
                    i = statement(tokens, i, String.join("\n", pending));
                    statementStart = false;
                }
                pending.clear();
            }
        }
    }

    /** Handles one statement starting at {@code start}; returns the last token index it consumed. */
    private int statement(List<SqlToken> tokens, int start, String doc) {
        List<Integer> words = significant(tokens, start, 8);
        if (words.size() >= 3 && word(tokens, words.get(0), "create")) {
            int at = 1;
            while (at < words.size() && isWordIn(tokens.get(words.get(at)), "temp", "temporary")) {
                at++;
            }
            if (at < words.size() && word(tokens, words.get(at), "table")) {
                return createTable(tokens, words.get(at), doc);
            }
        }
        if (words.size() >= 5 && word(tokens, words.get(0), "alter") && word(tokens, words.get(1), "table")) {
            int name = words.get(2);
            int add = 3;
            while (add + 1 < words.size() && tokens.get(words.get(add)).is(TokenType.PUNCT, ".")) {
                name = words.get(add + 1);
                add += 2;
            }
            if (add < words.size() && word(tokens, words.get(add), "add")) {
                int column = add + 1 < words.size() && word(tokens, words.get(add + 1), "column") ? add + 2 : add + 1;
                if (column < words.size()) {
                    put(tokens.get(name).identifier() + "." + tokens.get(words.get(column)).identifier(), doc);
                }
            }
        }
        return start;
    }

    private int createTable(List<SqlToken> tokens, int tableWord, String doc) {
        int i = tableWord + 1;
        String name = null;
        while (i < tokens.size() && !tokens.get(i).is(TokenType.PUNCT, "(")) {
            SqlToken t = tokens.get(i);
            if (t.type() == TokenType.QUOTED_IDENTIFIER || t.type() == TokenType.WORD && !isWordIn(t, "if", "not", "exists")) {
                name = t.identifier();
            } else if (t.type() == TokenType.SEMICOLON || t.isWord("as")) {
                return i - 1;
            }
            i++;
        }
        if (name == null || i >= tokens.size()) {
            return i - 1;
        }
        put(name, doc);
        return columns(tokens, i, name);
    }

    /** Walks the parenthesised body from its {@code (} at {@code open}; returns the index of its {@code )}. */
    private int columns(List<SqlToken> tokens, int open, String table) {
        int depth = 0;
        List<String> pending = new ArrayList<>();
        String current = null;
        boolean elementStart = true;
        int lastLine = -1;
        for (int i = open; i < tokens.size(); i++) {
            SqlToken t = tokens.get(i);
            if (isComment(t)) {
                if (t.line() == lastLine && current != null) {
                    append(table + "." + current, commentText(t));
                } else {
                    pending.add(commentText(t));
                }
                continue;
            }
            if (t.type() == TokenType.WHITESPACE) {
                if (blankLine(t)) {
                    pending.clear();
                }
                continue;
            }
            lastLine = t.line() + (int) t.text().chars().filter(c -> c == '\n').count();
            if (t.is(TokenType.PUNCT, "(")) {
                depth++;
                if (depth == 1) {
                    continue;
                }
            } else if (t.is(TokenType.PUNCT, ")")) {
                depth--;
                if (depth == 0) {
                    return i;
                }
            } else if (depth == 1 && t.is(TokenType.PUNCT, ",")) {
                elementStart = true;
                continue;
            }
            if (depth == 1 && elementStart) {
                boolean column = t.type() == TokenType.QUOTED_IDENTIFIER
                        || t.type() == TokenType.WORD && !TABLE_CONSTRAINTS.contains(lower(t.text()));
                current = column ? t.identifier() : null;
                if (column) {
                    put(table + "." + current, String.join("\n", pending));
                }
                pending.clear();
                elementStart = false;
            }
        }
        return tokens.size() - 1;
    }

    private void put(String key, String doc) {
        if (!doc.isBlank()) {
            docs.putIfAbsent(lower(key), doc.strip());
        }
    }

    /** A trailing comment adds to what the lines above said. */
    private void append(String key, String text) {
        docs.merge(lower(key), text.strip(), (a, b) -> a + "\n" + b);
    }

    private static List<Integer> significant(List<SqlToken> tokens, int from, int max) {
        List<Integer> out = new ArrayList<>();
        for (int i = from; i < tokens.size() && out.size() < max; i++) {
            if (!tokens.get(i).isTrivia()) {
                out.add(i);
            }
        }
        return out;
    }

    private static boolean word(List<SqlToken> tokens, int index, String keyword) {
        return tokens.get(index).isWord(keyword);
    }

    private static boolean isWordIn(SqlToken t, String... keywords) {
        for (String k : keywords) {
            if (t.isWord(k)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isComment(SqlToken t) {
        return t.type() == TokenType.LINE_COMMENT || t.type() == TokenType.BLOCK_COMMENT;
    }

    private static boolean blankLine(SqlToken whitespace) {
        return whitespace.text().chars().filter(c -> c == '\n').count() >= 2;
    }

    /** The comment without its markers: {@code -- text} gives {@code text}; block comments lose {@code *} margins. */
    static String commentText(SqlToken t) {
        if (t.type() == TokenType.LINE_COMMENT) {
            return t.text().substring(2).strip();
        }
        String inner = t.text().substring(2, t.text().length() - 2);
        List<String> lines = new ArrayList<>();
        for (String line : inner.split("\n")) {
            String l = line.strip();
            lines.add(l.startsWith("*") ? l.substring(1).strip() : l);
        }
        return String.join("\n", lines).strip();
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
