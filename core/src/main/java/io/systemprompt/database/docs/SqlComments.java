package io.systemprompt.database.docs;

import io.systemprompt.database.script.SqlLexer;
import io.systemprompt.database.script.SqlToken;
import io.systemprompt.database.script.TokenType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The comments a schema file gives its tables and columns, read from the lexer's tokens. A table's
 * comment is the block of comment lines directly above its {@code CREATE TABLE} (a blank line ends the
 * block, so a file header stays out). A column's comment is the comment above its definition or the one
 * that ends its line.
 */
final class SqlComments {
    private final Map<String, TableComments> tables = new LinkedHashMap<>();

    private SqlComments() {
    }

    /** The comments of one table. */
    record TableComments(String table, Map<String, String> columns) {
        String column(String name) {
            return columns.getOrDefault(name.toLowerCase(Locale.ROOT), "");
        }
    }

    /** Reads every {@code CREATE TABLE} of a file. */
    static Map<String, TableComments> read(String sql) {
        SqlComments comments = new SqlComments();
        comments.scan(SqlLexer.tokenize(sql));
        return comments.tables;
    }

    private void scan(List<SqlToken> tokens) {
        List<String> pending = new ArrayList<>();
        boolean statementStart = true;
        for (int i = 0; i < tokens.size(); i++) {
            SqlToken t = tokens.get(i);
            if (t.type() == TokenType.WHITESPACE) {
                if (blankLine(t.text())) {
                    pending.clear();
                }
            } else if (isComment(t)) {
                pending.add(commentText(t));
            } else if (t.type() == TokenType.SEMICOLON) {
                statementStart = true;
                pending.clear();
            } else {
                if (statementStart && t.isWord("CREATE")) {
                    i = createTable(tokens, i, String.join(" ", pending));
                }
                statementStart = false;
                pending.clear();
            }
        }
    }

    /** Reads a CREATE TABLE's name and column comments; returns the index to continue from. */
    private int createTable(List<SqlToken> tokens, int i, String tableComment) {
        List<Integer> words = significant(tokens, i, 8);
        int k = 1;
        while (k < words.size() && isModifier(tokens.get(words.get(k)))) {
            k++;
        }
        if (k >= words.size() || !tokens.get(words.get(k)).isWord("TABLE")) {
            return i;
        }
        k++;
        if (k + 2 < words.size() && tokens.get(words.get(k)).isWord("IF")) {
            k += 3;
        }
        if (k >= words.size()) {
            return i;
        }
        int nameAt = words.get(k);
        String name = tokens.get(nameAt).identifier();
        if (nameAt + 2 < tokens.size() && tokens.get(nameAt + 1).is(TokenType.PUNCT, ".")) {
            nameAt += 2;
            name = tokens.get(nameAt).identifier();
        }
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("", tableComment);
        int end = columnComments(tokens, nameAt + 1, columns);
        tables.put(name.toLowerCase(Locale.ROOT), new TableComments(name, columns));
        return end;
    }

    /** Walks the column list at depth 1, pairing each definition with its comments. */
    private static int columnComments(List<SqlToken> tokens, int from, Map<String, String> columns) {
        int i = from;
        while (i < tokens.size() && !tokens.get(i).is(TokenType.PUNCT, "(")) {
            if (tokens.get(i).type() == TokenType.SEMICOLON) {
                return i - 1;
            }
            i++;
        }
        int depth = 0;
        List<String> before = new ArrayList<>();
        String current = null;
        int lastLine = -1;
        boolean afterSeparator = true;
        for (; i < tokens.size(); i++) {
            SqlToken t = tokens.get(i);
            if (t.is(TokenType.PUNCT, "(")) {
                depth++;
                if (depth == 1) {
                    continue;
                }
            } else if (t.is(TokenType.PUNCT, ")")) {
                depth--;
                if (depth == 0) {
                    attachTrailing(tokens, i + 1, t.line(), current, columns);
                    return i;
                }
            }
            if (depth != 1) {
                continue;
            }
            if (isComment(t)) {
                if (current != null && t.line() == lastLine) {
                    columns.merge(current.toLowerCase(Locale.ROOT), commentText(t), SqlComments::join);
                } else {
                    before.add(commentText(t));
                }
            } else if (t.type() == TokenType.WHITESPACE) {
                if (blankLine(t.text())) {
                    before.clear();
                }
            } else if (t.is(TokenType.PUNCT, ",")) {
                afterSeparator = true;
                lastLine = t.line();
            } else if (afterSeparator) {
                afterSeparator = false;
                current = isConstraint(t) ? null : t.identifier();
                if (current != null && !before.isEmpty()) {
                    columns.put(current.toLowerCase(Locale.ROOT), String.join(" ", before));
                }
                before.clear();
            }
        }
        return tokens.size() - 1;
    }

    /** A comment on the line of the closing parenthesis belongs to the last column. */
    private static void attachTrailing(List<SqlToken> tokens, int from, int line, String column,
            Map<String, String> columns) {
        if (column == null) {
            return;
        }
        for (int i = from; i < tokens.size() && tokens.get(i).line() == line; i++) {
            if (isComment(tokens.get(i))) {
                columns.merge(column.toLowerCase(Locale.ROOT), commentText(tokens.get(i)), SqlComments::join);
                return;
            }
        }
    }

    private static List<Integer> significant(List<SqlToken> tokens, int from, int count) {
        List<Integer> out = new ArrayList<>();
        for (int i = from; i < tokens.size() && out.size() < count; i++) {
            if (!tokens.get(i).isTrivia()) {
                out.add(i);
            }
        }
        return out;
    }

    private static boolean isModifier(SqlToken t) {
        return t.isWord("TEMP") || t.isWord("TEMPORARY") || t.isWord("UNLOGGED");
    }

    private static boolean isConstraint(SqlToken t) {
        return t.type() == TokenType.WORD && switch (t.upper()) {
            case "PRIMARY", "FOREIGN", "UNIQUE", "CHECK", "CONSTRAINT" -> true;
            default -> false;
        };
    }

    private static boolean isComment(SqlToken t) {
        return t.type() == TokenType.LINE_COMMENT || t.type() == TokenType.BLOCK_COMMENT;
    }

    private static boolean blankLine(String whitespace) {
        return whitespace.replace("\r", "").indexOf("\n\n") >= 0
                || whitespace.replace("\r", "").replaceAll("[ \t]", "").contains("\n\n");
    }

    /** The comment without its markers, one line. */
    static String commentText(SqlToken t) {
        String text = t.text();
        text = t.type() == TokenType.LINE_COMMENT ? text.substring(2) : text.substring(2, text.length() - 2);
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : a + " " + b;
    }
}
