package io.systemprompt.database.translate;

import java.util.ArrayList;
import java.util.List;

/**
 * The parsed head of a SQLite {@code CREATE TRIGGER}: name, timing, event, table, optional WHEN
 * and the body's statements as token ranges.
 */
final class TriggerHeader {
    boolean ifNotExists;
    String name;
    String timing = "BEFORE";
    String event;
    int ofFrom = -1;
    int ofTo = -1;
    String table;
    int whenFrom = -1;
    int whenTo = -1;
    final List<int[]> body = new ArrayList<>();

    static TriggerHeader parse(StatementTokens st) {
        TriggerHeader h = new TriggerHeader();
        int k = st.isWord(1, "TEMP") || st.isWord(1, "TEMPORARY") ? 3 : 2;
        if (st.isWord(k, "IF")) {
            h.ifNotExists = true;
            k += 3;
        }
        h.name = Identifiers.name(st.get(k++));
        k = h.timingAndEvent(st, k);
        if (!st.isWord(k, "ON")) {
            throw st.fail(k, st.get(k).text(), "expected ON and the trigger's table");
        }
        h.table = Identifiers.name(st.get(k + 1));
        k += 2;
        k = st.isWord(k, "FOR") ? k + 3 : k;
        k = h.when(st, k);
        h.bodyStatements(st, k);
        return h;
    }

    private int timingAndEvent(StatementTokens st, int k) {
        String word = st.get(k).upper();
        if (word.equals("INSTEAD")) {
            throw st.fail(k, "INSTEAD OF trigger", "PostgreSQL INSTEAD OF triggers work only on views and differ");
        }
        if (word.equals("BEFORE") || word.equals("AFTER")) {
            timing = word;
            k++;
        }
        event = st.get(k).upper();
        if (event.equals("UPDATE") && st.isWord(k + 1, "OF")) {
            ofFrom = k + 2;
            while (!st.isWord(k + 1, "ON")) {
                k++;
            }
            ofTo = k;
        }
        return k + 1;
    }

    private int when(StatementTokens st, int k) {
        if (!st.isWord(k, "WHEN")) {
            return k;
        }
        whenFrom = k + 1;
        int end = k + 1;
        while (end < st.size() && !st.isWord(end, "BEGIN")) {
            end++;
        }
        whenTo = end - 1;
        return end;
    }

    private void bodyStatements(StatementTokens st, int begin) {
        if (!st.isWord(begin, "BEGIN") || !st.isWord(st.size() - 1, "END")) {
            throw st.fail(begin, "trigger body", "expected BEGIN … END");
        }
        int from = begin + 1;
        for (int k = from; k < st.size() - 1; k++) {
            if (st.get(k).text().equals(";")) {
                if (k > from) {
                    body.add(new int[] {from, k - 1});
                }
                from = k + 1;
            }
        }
    }
}
