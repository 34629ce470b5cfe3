package io.systemprompt.database.translate;

import java.util.ArrayList;
import java.util.List;

/**
 * Recognises {@code AFTER UPDATE ON t … BEGIN UPDATE t SET c = v[, …] WHERE key = NEW.key; END},
 * the SQLite idiom for maintaining {@code updated_at}.
 */
final class UpdatedAtShape {

    private UpdatedAtShape() {
    }

    static boolean matches(StatementTokens st, TriggerHeader h) {
        if (!h.timing.equals("AFTER") || !h.event.equals("UPDATE") || h.body.size() != 1) {
            return false;
        }
        int[] range = h.body.get(0);
        int k = range[0];
        return st.isWord(k, "UPDATE") && Identifiers.name(st.get(k + 1)).equals(h.table)
                && st.isWord(k + 2, "SET") && whereIndex(st, range) > 0 && keyMatch(st, whereIndex(st, range), range[1]);
    }

    /** {@code NEW.c := v} for each assignment of the body's SET. */
    static List<String> assignments(StatementTokens st, TriggerHeader h) {
        int[] range = h.body.get(0);
        int where = whereIndex(st, range);
        List<String> out = new ArrayList<>();
        int from = range[0] + 3;
        int depth = 0;
        for (int k = from; k <= where; k++) {
            depth += st.isPunct(k, "(") ? 1 : st.isPunct(k, ")") ? -1 : 0;
            if (k == where || depth == 0 && st.isPunct(k, ",")) {
                out.add(assignment(st, from, k - 1));
                from = k + 1;
            }
        }
        out.add("RETURN NEW");
        return out;
    }

    private static String assignment(StatementTokens st, int from, int to) {
        if (!Identifiers.isName(st.get(from)) || !st.get(from + 1).text().equals("=")) {
            throw st.fail(from, st.originalOf(from, to), "expected column = value in the trigger's SET");
        }
        return "NEW." + st.text(from).strip() + " := " + st.textOf(from + 2, to).strip();
    }

    private static int whereIndex(StatementTokens st, int[] range) {
        for (int k = range[0]; k <= range[1]; k++) {
            if (st.isWord(k, "WHERE")) {
                return k;
            }
        }
        return -1;
    }

    /** {@code key = NEW.key} or {@code NEW.key = key}, nothing more. */
    private static boolean keyMatch(StatementTokens st, int where, int end) {
        if (end != where + 5) {
            return false;
        }
        if (st.isWord(where + 3, "NEW") && st.isPunct(where + 4, ".") && isEquals(st, where + 2)) {
            return sameName(st, where + 1, where + 5);
        }
        if (st.isWord(where + 1, "NEW") && st.isPunct(where + 2, ".") && isEquals(st, where + 4)) {
            return sameName(st, where + 3, where + 5);
        }
        return false;
    }

    private static boolean isEquals(StatementTokens st, int k) {
        return st.get(k).text().equals("=") || st.get(k).text().equals("==");
    }

    private static boolean sameName(StatementTokens st, int a, int b) {
        return Identifiers.isName(st.get(a)) && Identifiers.name(st.get(a)).equals(Identifiers.name(st.get(b)));
    }
}
