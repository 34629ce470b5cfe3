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

    /**
     * "Now" going into a TEXT column becomes SQLite's text form: the exact forms directly, and
     * {@code datetime('now', …)} / {@code date('now', …)} formatted with to_char. Any other time
     * expression for a TEXT column fails rather than store PostgreSQL's different text.
     */
    static void textTime(StatementTokens st, int from, int to) {
        StringBuilder compact = new StringBuilder();
        for (int k = from; k <= to; k++) {
            compact.append(st.get(k).text().toUpperCase(Locale.ROOT));
        }
        String text = TEXT_NOW_FORMS.get(compact.toString());
        int call = st.isPunct(from, "(") && st.closingParen(from) == to ? from + 1 : from;
        if (text != null) {
            st.replaceRange(from, to, "(" + text + ")");
        } else if (isDateCall(st, call) && st.closingParen(call + 1) == (call == from ? to : to - 1)) {
            formattedDateCall(st, call);
        } else if (mentionsTime(st, from, to)) {
            throw st.fail(from, st.originalOf(from, to) + " into a TEXT column",
                    "only 'now' with '±N unit' modifiers keeps SQLite's text form;"
                    + " use strftime('<format>', ...) or a DATETIME column");
        }
    }

    private static boolean isDateCall(StatementTokens st, int k) {
        return (st.isWord(k, "datetime") || st.isWord(k, "date")) && st.isPunct(k + 1, "(");
    }

    private static void formattedDateCall(StatementTokens st, int call) {
        boolean date = st.isWord(call, "date");
        int close = st.closingParen(call + 1);
        SqliteFunctions.translate(st, call);
        st.prependBefore(call, "to_char(");
        st.appendAfter(close, date ? ", 'YYYY-MM-DD')" : " AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS')");
    }

    private static boolean mentionsTime(StatementTokens st, int from, int to) {
        for (int k = from; k <= to; k++) {
            String upper = st.get(k).type() == TokenType.WORD ? st.get(k).upper() : "";
            boolean call = st.isPunct(k + 1, "(") && (upper.equals("DATETIME") || upper.equals("DATE")
                    || upper.equals("TIME"));
            if (call || upper.equals("CURRENT_TIMESTAMP") || upper.equals("CURRENT_DATE")
                    || upper.equals("CURRENT_TIME")) {
                return true;
            }
        }
        return false;
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
