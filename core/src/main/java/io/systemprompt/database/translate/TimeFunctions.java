package io.systemprompt.database.translate;

import java.util.List;
import java.util.Set;

/**
 * SQLite's date and time functions on PostgreSQL. Sessions run with TimeZone UTC, and SQLite's
 * clock is UTC, so {@code datetime('now')} is {@code CURRENT_TIMESTAMP}. Only {@code 'now'} with
 * simple {@code '±N unit'} modifiers is translated; other time values and modifiers fail.
 */
final class TimeFunctions {
    /** SQLite's CURRENT_TIMESTAMP text, {@code YYYY-MM-DD HH:MM:SS} in UTC. */
    static final String TEXT_NOW = "to_char(CURRENT_TIMESTAMP AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS')";
    static final String TEXT_DATE = "to_char(CURRENT_TIMESTAMP AT TIME ZONE 'UTC', 'YYYY-MM-DD')";
    static final String TEXT_TIME = "to_char(CURRENT_TIMESTAMP AT TIME ZONE 'UTC', 'HH24:MI:SS')";
    static final String EPOCH = "CAST(EXTRACT(EPOCH FROM CURRENT_TIMESTAMP) AS BIGINT)";
    private static final Set<String> UNITS = Set.of("second", "minute", "hour", "day", "month", "year");

    private TimeFunctions() {
    }

    /** Translates a time function call at k, or fails for any function this class does not know. */
    static void translate(StatementTokens st, int k, String name, List<int[]> args) {
        switch (name) {
            case "datetime": now(st, k, args, "CURRENT_TIMESTAMP"); break;
            case "date": now(st, k, args, "CURRENT_DATE"); break;
            case "strftime": strftime(st, k, args); break;
            case "unixepoch": unixepoch(st, k, args); break;
            default: throw st.fail(k, name + "()", "it is not in the list of functions known to behave"
                    + " alike on SQLite and PostgreSQL (see docs/portable-sql.md)");
        }
    }

    private static void now(StatementTokens st, int k, List<int[]> args, String base) {
        if (args.isEmpty() || !Calls.isString(st, args.get(0), "now")) {
            throw st.fail(k, st.get(k).text() + "()", "only the 'now' time value is translated");
        }
        StringBuilder sum = new StringBuilder(base.equals("CURRENT_DATE") ? "CURRENT_TIMESTAMP" : base);
        for (int[] modifier : args.subList(1, args.size())) {
            sum.append(" + INTERVAL '").append(interval(st, modifier)).append('\'');
        }
        String value = args.size() == 1 ? base
                : base.equals("CURRENT_DATE") ? "CAST(" + sum + " AS DATE)" : "(" + sum + ")";
        st.replaceRange(k, st.closingParen(k + 1), value);
    }

    /** {@code '-7 days'} → {@code -7 days}; anything but {@code ±N unit[s]} fails. */
    private static String interval(StatementTokens st, int[] arg) {
        String value = Calls.stringValue(st, arg);
        String[] parts = value == null ? new String[0] : value.trim().split(" +");
        boolean ok = parts.length == 2 && isSignedNumber(parts[0])
                && UNITS.contains(Identifiers.lower(parts[1]).replaceAll("s$", ""));
        if (!ok) {
            throw st.fail(arg[0], "time modifier " + st.get(arg[0]).text(),
                    "only modifiers like '+1 day' or '-30 minutes' are translated");
        }
        return parts[0] + " " + parts[1];
    }

    private static boolean isSignedNumber(String s) {
        String digits = s.startsWith("+") || s.startsWith("-") ? s.substring(1) : s;
        return !digits.isEmpty() && digits.chars().allMatch(ch -> Character.isDigit(ch) || ch == '.');
    }

    private static void unixepoch(StatementTokens st, int k, List<int[]> args) {
        if (!args.isEmpty() && !(args.size() == 1 && Calls.isString(st, args.get(0), "now"))) {
            throw st.fail(k, "unixepoch()", "only unixepoch() and unixepoch('now') are translated");
        }
        st.replaceRange(k, st.closingParen(k + 1), EPOCH);
    }

    private static void strftime(StatementTokens st, int k, List<int[]> args) {
        String format = args.isEmpty() ? null : Calls.stringValue(st, args.get(0));
        if (format == null || args.size() > 2) {
            throw st.fail(k, "strftime()", "only strftime('<literal format>'[, time]) is translated");
        }
        boolean now = args.size() == 1 || Calls.isString(st, args.get(1), "now");
        if (format.equals("%s") && now) {
            st.replaceRange(k, st.closingParen(k + 1), "CAST(" + EPOCH + " AS TEXT)");
            return;
        }
        String pattern = StrftimeFormat.toCharPattern(format);
        if (pattern == null) {
            throw st.fail(k, "strftime(" + st.get(args.get(0)[0]).text() + ")",
                    "only %Y %m %d %H %M %S %f %j %% are translated");
        }
        st.replace(k, "to_char");
        toCharArguments(st, args, "'" + pattern.replace("'", "''") + "'", now);
    }

    /** to_char wants (time, format): the format moves after the time value. */
    private static void toCharArguments(StatementTokens st, List<int[]> args, String pattern, boolean now) {
        int[] fmt = args.get(0);
        if (now) {
            if (args.size() == 2) {
                st.removeRange(fmt[1] + 1, args.get(1)[1]);
            }
            st.replace(fmt[0], "CURRENT_TIMESTAMP AT TIME ZONE 'UTC', " + pattern);
            return;
        }
        int[] time = args.get(1);
        st.removeRange(fmt[0], fmt[1] + 1);
        st.prependBefore(time[0], "CAST(");
        st.appendAfter(time[1], " AS TIMESTAMPTZ) AT TIME ZONE 'UTC', " + pattern);
    }
}
