package io.systemprompt.database.engine.sqlite;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the CHECK constraints in a {@code CREATE TABLE} statement. SQLite keeps them in no pragma, only
 * in the statement text, so this scan walks the text once, skipping quoted names, string literals and
 * comments, and returns the expression inside each {@code CHECK ( … )}, column-level and table-level
 * alike, in the order written.
 */
final class SqliteCheckScanner {
    private final String sql;

    private SqliteCheckScanner(String sql) {
        this.sql = sql;
    }

    /** The check expressions of this statement, without the outer parentheses. */
    static List<String> checks(String createTableSql) {
        return createTableSql == null ? List.of() : new SqliteCheckScanner(createTableSql).scan();
    }

    private List<String> scan() {
        List<String> found = new ArrayList<>();
        int i = 0;
        while (i < sql.length()) {
            int skipped = skipNonCode(i);
            if (skipped != i) {
                i = skipped;
            } else if (isWordChar(sql.charAt(i))) {
                int end = wordEnd(i);
                int open = skipSpace(end);
                if (sql.regionMatches(true, i, "CHECK", 0, 5) && end - i == 5 && at(open, '(')) {
                    int close = matchingParen(open);
                    found.add(sql.substring(open + 1, Math.min(close, sql.length())).trim());
                    end = close + 1;
                }
                i = end;
            } else {
                i++;
            }
        }
        return found;
    }

    /** The index of the parenthesis closing the one at {@code open}, or the text length if unclosed. */
    private int matchingParen(int open) {
        int depth = 0;
        int i = open;
        while (i < sql.length()) {
            int skipped = skipNonCode(i);
            if (skipped != i) {
                i = skipped;
                continue;
            }
            char c = sql.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth == 0) {
                return i;
            }
            i++;
        }
        return sql.length();
    }

    /** Past a string, quoted name or comment starting at {@code i}; {@code i} itself when none starts there. */
    private int skipNonCode(int i) {
        char c = sql.charAt(i);
        if (c == '\'' || c == '"' || c == '`') {
            return skipQuoted(i, c);
        }
        if (c == '[') {
            return after(sql.indexOf(']', i + 1), 1);
        }
        if (sql.startsWith("--", i)) {
            return after(sql.indexOf('\n', i), 1);
        }
        if (sql.startsWith("/*", i)) {
            return after(sql.indexOf("*/", i + 2), 2);
        }
        return i;
    }

    /** A doubled quote inside quotes stands for the quote itself. */
    private int skipQuoted(int start, char quote) {
        int i = start + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (!at(i + 1, quote)) {
                    return i + 1;
                }
                i++;
            }
            i++;
        }
        return sql.length();
    }

    private int after(int found, int width) {
        return found < 0 ? sql.length() : found + width;
    }

    private int skipSpace(int start) {
        int i = start;
        while (i < sql.length()) {
            int skipped = Character.isWhitespace(sql.charAt(i)) ? i + 1 : skipComment(i);
            if (skipped == i) {
                return i;
            }
            i = skipped;
        }
        return i;
    }

    private int skipComment(int i) {
        return sql.startsWith("--", i) || sql.startsWith("/*", i) ? skipNonCode(i) : i;
    }

    private int wordEnd(int start) {
        int i = start;
        while (i < sql.length() && isWordChar(sql.charAt(i))) {
            i++;
        }
        return i;
    }

    private boolean at(int i, char c) {
        return i < sql.length() && sql.charAt(i) == c;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
