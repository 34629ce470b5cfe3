package io.systemprompt.database.translate;

import io.systemprompt.database.script.SqlToken;
import io.systemprompt.database.script.TokenType;
import java.util.Locale;
import java.util.Map;

/**
 * Values whose meaning depends on the column they go into: SQLite's 0/1 in a BOOLEAN column are
 * FALSE/TRUE on PostgreSQL, and "now" in a TEXT column is SQLite's UTC text
 * {@code YYYY-MM-DD HH:MM:SS}, not PostgreSQL's timestamp text.
 */
final class ColumnValues {
    /** Exact "now" spellings (upper case, no spaces) and their SQLite text form on PostgreSQL. */
    private static final Map<String, String> TEXT_NOW_FORMS = Map.of(
            "CURRENT_TIMESTAMP", TimeFunctions.TEXT_NOW, "(CURRENT_TIMESTAMP)", TimeFunctions.TEXT_NOW,
            "DATETIME('NOW')", TimeFunctions.TEXT_NOW, "(DATETIME('NOW'))", TimeFunctions.TEXT_NOW,
            "CURRENT_DATE", TimeFunctions.TEXT_DATE, "(CURRENT_DATE)", TimeFunctions.TEXT_DATE,
            "(DATE('NOW'))", TimeFunctions.TEXT_DATE, "DATE('NOW')", TimeFunctions.TEXT_DATE,
            "CURRENT_TIME", TimeFunctions.TEXT_TIME, "(CURRENT_TIME)", TimeFunctions.TEXT_TIME);

    private ColumnValues() {
    }

    /** Rewrites the value in tokens from..to (inclusive) for {@code column}. */
    static void apply(StatementTokens st, ColumnShape column, int from, int to) {
        if (column.isBoolean()) {
            booleanValue(st, from, to);
        } else if (column.isText()) {
            textTime(st, from, to);
        }
    }

    /** 0/1, also parenthesised, become FALSE/TRUE. */
    static void booleanValue(StatementTokens st, int from, int to) {
        int k = from == to ? from : to - from == 2 && st.isPunct(from, "(") ? from + 1 : -1;
        SqlToken token = st.get(k);
        if (k >= 0 && token.type() == TokenType.NUMBER && (token.text().equals("0") || token.text().equals("1"))) {
            st.replace(k, token.text().equals("1") ? "TRUE" : "FALSE");
        }
    }

    /** An exact "now" becomes SQLite's text form; any other time expression for a TEXT column fails. */
    static void textTime(StatementTokens st, int from, int to) {
        StringBuilder compact = new StringBuilder();
        boolean mentionsTime = false;
        for (int k = from; k <= to; k++) {
            String upper = st.get(k).text().toUpperCase(Locale.ROOT);
            compact.append(upper);
            mentionsTime |= upper.startsWith("CURRENT_") || upper.equals("DATETIME") || upper.equals("DATE")
                    || upper.equals("TIME");
        }
        String text = TEXT_NOW_FORMS.get(compact.toString());
        if (text != null) {
            st.replaceRange(from, to, "(" + text + ")");
        } else if (mentionsTime) {
            throw st.fail(from, st.originalOf(from, to) + " into a TEXT column",
                    "only CURRENT_TIMESTAMP, CURRENT_DATE, CURRENT_TIME, datetime('now') and date('now')"
                    + " keep SQLite's text form; use strftime('<format>', ...) or a DATETIME column");
        }
    }

    /** For an integer column, {@code (strftime('%s','now'))} and {@code (unixepoch())} are epoch seconds. */
    static boolean epochDefault(StatementTokens st, int from, int to) {
        StringBuilder compact = new StringBuilder();
        for (int k = from; k <= to; k++) {
            compact.append(st.get(k).text().toUpperCase(Locale.ROOT));
        }
        String value = compact.toString();
        if (value.equals("(STRFTIME('%S','NOW'))") || value.equals("(UNIXEPOCH())")
                || value.equals("(UNIXEPOCH('NOW'))")) {
            st.replaceRange(from, to, "(" + TimeFunctions.EPOCH + ")");
            return true;
        }
        return false;
    }
}
